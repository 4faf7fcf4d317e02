'use client';

import { useActionState } from 'react';

import { type ActionState, initialActionState } from '@/components/forms/action-result';
import { FormMessage } from '@/components/forms/form-message';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';

export function SignUpForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3" aria-label="Create an account">
      <FormMessage state={state} />
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name}
        error={errors.name}
        autoFocus
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <NewPasswordFields errors={errors} />
      <SubmitButton pendingLabel="Creating account…">Create account</SubmitButton>
    </form>
  );
}
