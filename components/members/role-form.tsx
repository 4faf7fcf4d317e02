'use client';

import { useActionState, useState } from 'react';

import { type ActionState, initialActionState } from '@/components/forms/action-result';
import { inputClass, smallButtonClass } from '@/components/forms/styles';

import { roleOptions } from './roles';

/** A member's role as a select; Save appears once another role is picked, so nothing changes by accident. */
export function RoleForm({
  action,
  role,
  memberName,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  role: string;
  memberName: string;
}) {
  const [state, formAction, isPending] = useActionState(action, initialActionState);
  const [selected, setSelected] = useState(role);
  const isChanged = selected !== role;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <select
        name="role"
        aria-label={`Role of ${memberName}`}
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
        className={`${inputClass} h-7 w-32 text-[0.8125rem]`}
      >
        {roleOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {isChanged ? (
        <button type="submit" disabled={isPending} className={smallButtonClass}>
          {isPending ? 'Saving…' : 'Save'}
        </button>
      ) : null}
      {state.message && !state.ok ? (
        <span role="alert" className="basis-full text-xs text-status-blocked">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
