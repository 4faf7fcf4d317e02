'use client';

import { useActionState, useState } from 'react';

import { createTokenAction, type NewToken } from '@/app/account/actions';
import { type ActionState } from '@/components/forms/action-result';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';

import { NewSecretPanel } from './new-secret-panel';

const scopes = [
  { value: 'READ', label: 'Read only' },
  { value: 'READ_WRITE', label: 'Read and write' },
] as const;

const initialState: ActionState<NewToken> = {};

/** Creates an API token; the new secret is shown once, above the form, until dismissed. */
export function TokenCreateForm() {
  const [state, formAction] = useActionState(createTokenAction, initialState);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const newToken = state.data && state.data.secret !== dismissed ? state.data : null;

  return (
    <div className="space-y-3">
      {newToken ? <NewSecretPanel token={newToken} onDismiss={() => setDismissed(newToken.secret)} /> : null}
      {state.ok ? null : <FormMessage state={state} />}
      <form
        action={formAction}
        aria-label="Create API token"
        className="grid gap-3 sm:grid-cols-[1fr_10rem_10rem_auto]"
      >
        <TextField
          label="Name"
          name="name"
          required
          maxLength={100}
          placeholder="e.g. CI deploy"
          defaultValue={values.name}
          error={errors.name}
        />
        <SelectField
          key={values.scope}
          label="Scope"
          name="scope"
          options={scopes}
          defaultValue={values.scope ?? 'READ'}
          error={errors.scope}
        />
        <TextField
          label="Expires (optional)"
          name="expiresAt"
          type="date"
          defaultValue={values.expiresAt}
          error={errors.expiresAt}
        />
        <div className="flex items-end">
          <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
        </div>
      </form>
    </div>
  );
}
