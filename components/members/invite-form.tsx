'use client';

import { useActionState } from 'react';

import { inviteAction, type NewInvite } from '@/app/members/actions';
import type { ActionState } from '@/components/forms/action-result';
import { CopyField } from '@/components/forms/copy-field';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';

import { formatDateTime } from '../format';
import { roleLabel, roleOptions } from './roles';

const initialState: ActionState<NewInvite> = {};

/** Invites an email with a role; the single-use link is shown once, to send to that person. */
export function InviteForm() {
  const [state, formAction] = useActionState(inviteAction, initialState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const invite = state.data;
  return (
    <div className="space-y-3">
      {invite ? (
        <div role="status" className="space-y-2 rounded-lg border border-warn/40 bg-warn-bg p-4">
          <p className="text-[0.8125rem] text-fg">
            Send this link to <span className="font-medium">{invite.email}</span> to join as {roleLabel(invite.role)}.
            It works once, until {formatDateTime(invite.expiresAt)}, and is shown only now.
          </p>
          <CopyField label="Invitation link" value={invite.link} />
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <form action={formAction} aria-label="Invite a member" className="grid gap-3 sm:grid-cols-[1fr_10rem_auto]">
        <TextField
          label="Email"
          name="email"
          type="email"
          required
          autoComplete="off"
          defaultValue={values.email}
          error={errors.email}
        />
        <SelectField
          key={values.role}
          label="Role"
          name="role"
          options={roleOptions}
          defaultValue={values.role ?? 'MEMBER'}
          error={errors.role}
        />
        <div className="flex items-end">
          <SubmitButton pendingLabel="Creating…">Create invite link</SubmitButton>
        </div>
      </form>
    </div>
  );
}
