'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { type ActionState, formValues, toActionState } from '@/components/forms/action-result';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { signUp } from '@/lib/users/sign-up';

export async function signUpAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const { name, email, password, confirmPassword } = formValues(formData);
  if (password !== confirmPassword) {
    return {
      message: 'Check the highlighted fields.',
      fieldErrors: { confirmPassword: 'Does not match' },
      values: { name: name ?? '', email: email ?? '' },
    };
  }
  try {
    await signUp({ name, email, password }, clientIpFrom(await headers()));
  } catch (error) {
    return toActionState(error, { name: name ?? '', email: email ?? '' });
  }
  redirect('/sign-in?notice=signed-up');
}
