'use server';
// Form actions of the account page: the user's password and their API tokens.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, formValues, toActionState } from '@/components/forms/action-result';
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { getSessionUser } from '@/lib/auth/current-user';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { changePassword } from '@/lib/users/account';

export type NewToken = { name: string; secret: string };

export async function changePasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  // Changing the password needs no workspace, so a user in none can still do it.
  const user = (await getPagePrincipal())?.user ?? (await getSessionUser());
  if (!user) redirect('/sign-in');
  const { currentPassword = '', newPassword = '', confirmPassword = '' } = formValues(formData);
  // Passwords are never sent back to the browser, so the form starts empty after an error.
  if (newPassword !== confirmPassword) {
    return { ok: false, message: 'Check the highlighted fields.', fieldErrors: { confirmPassword: 'Does not match' } };
  }
  try {
    await changePassword({ userId: user.userId, sessionId: user.sessionId }, { currentPassword, newPassword });
  } catch (error) {
    return toActionState(error);
  }
  return { ok: true, message: 'Password changed. Your other sessions have been signed out.' };
}

export async function createTokenAction(
  _state: ActionState<NewToken>,
  formData: FormData,
): Promise<ActionState<NewToken>> {
  const principal = await getPagePrincipal();
  const values = formValues(formData);
  if (!principal) return { ok: false, message: 'Join a workspace before creating API tokens.', values };
  try {
    const token = await createApiToken(principal, {
      name: values.name ?? '',
      // Any other value is reported by the service's schema as a field error.
      scope: values.scope as 'READ' | 'READ_WRITE',
      expiresAt: values.expiresAt || null,
    });
    revalidatePath('/account');
    return { ok: true, message: `Token “${token.name}” created.`, data: { name: token.name, secret: token.secret } };
  } catch (error) {
    return toActionState(error, values);
  }
}

export async function revokeTokenAction(tokenId: string): Promise<ActionState> {
  const principal = await getPagePrincipal();
  if (!principal) return { ok: false, message: 'You are not in a workspace.' };
  try {
    await revokeApiToken(principal, tokenId);
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath('/account');
  return { ok: true };
}
