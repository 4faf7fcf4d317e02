'use client';

import { useActionState } from 'react';

import { changePasswordAction } from '@/app/account/actions';
import { initialActionState } from '@/components/forms/action-result';
import { FormMessage } from '@/components/forms/form-message';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';

/** Change password: the current one, the new one twice. Other sessions end when it succeeds. */
export function PasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-3" aria-label="Change password">
      <FormMessage state={state} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <NewPasswordFields name="newPassword" label="New password" errors={errors} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
