'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import type { InviteOutcome } from '@/app/invite/[token]/actions';
import type { ActionState } from '@/components/forms/action-result';
import { FormMessage } from '@/components/forms/form-message';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';

const initialState: ActionState<InviteOutcome> = {};

/**
 * Accept first; when no account exists for the invited email, the action says so and the form asks for a name
 * and password to create it.
 */
export function AcceptInviteForm({
  action,
}: {
  action: (state: ActionState<InviteOutcome>, formData: FormData) => Promise<ActionState<InviteOutcome>>;
}) {
  const [state, formAction] = useActionState(action, initialState);
  if (state.data?.isInvalid) return <InvalidInvite />;
  if (state.ok) return <FormMessage state={state} />;
  const errors = state.fieldErrors ?? {};

  if (!state.data?.needsAccount) {
    return (
      <form action={formAction} className="space-y-3">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Accepting…">Accept invitation</SubmitButton>
      </form>
    );
  }
  return (
    <form action={formAction} className="space-y-3" aria-label="Create your account">
      <p className="text-[0.8125rem] text-fg-muted">
        There is no account for the invited email yet. Choose the name others will see and a password.
      </p>
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
      <NewPasswordFields errors={errors} />
      <SubmitButton pendingLabel="Creating account…">Create account and join</SubmitButton>
    </form>
  );
}

function InvalidInvite() {
  return (
    <div role="alert" className="space-y-2 text-[0.8125rem]">
      <p className="font-medium text-fg">This invitation link no longer works.</p>
      <p className="text-fg-muted">
        It may have expired (links last 7 days), been used already, or been copied incompletely. Ask the admin who
        invited you for a new link.
      </p>
      <p>
        <Link href="/sign-in" className="font-medium text-accent hover:underline">
          Go to sign in
        </Link>
      </p>
    </div>
  );
}
