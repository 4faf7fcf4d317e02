'use client';
// Work-in-progress limits: how many tasks each board column of a sprint may hold, and what a move past one does.
import { useActionState } from 'react';

import { formatStatus } from '@/components/format';
import { type ActionState, initialActionState } from '@/components/forms/action-result';
import { FormMessage } from '@/components/forms/form-message';
import { inputClass, labelClass } from '@/components/forms/styles';
import { SubmitButton } from '@/components/forms/submit-button';
import type { TaskStatus } from '@/lib/enums';

export function WipLimitsForm({
  statuses,
  limits,
  mode,
  action,
  canEdit,
}: {
  statuses: TaskStatus[];
  limits: Partial<Record<TaskStatus, number>>;
  mode: 'warn' | 'refuse';
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  canEdit: boolean;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {statuses.map((status) => (
          <div key={status} className="w-32">
            <label htmlFor={`limit-${status}`} className={labelClass}>
              {formatStatus(status)}
            </label>
            <input
              id={`limit-${status}`}
              name={`limit-${status}`}
              type="number"
              min={1}
              placeholder="No limit"
              defaultValue={state.values?.[`limit-${status}`] ?? limits[status] ?? ''}
              disabled={!canEdit}
              className={inputClass}
            />
          </div>
        ))}
        <div className="w-52">
          <label htmlFor="wip-mode" className={labelClass}>
            Past a limit
          </label>
          <select id="wip-mode" name="wipMode" defaultValue={mode} disabled={!canEdit} className={inputClass}>
            <option value="warn">Warn, and allow the move</option>
            <option value="refuse">Refuse the move</option>
          </select>
        </div>
      </div>
      {state.fieldErrors?.wipLimits ? (
        <p className="text-xs text-status-blocked">Limits: {state.fieldErrors.wipLimits}</p>
      ) : null}
      <FormMessage state={state} />
      {canEdit ? <SubmitButton pendingLabel="Saving…">Save limits</SubmitButton> : null}
    </form>
  );
}
