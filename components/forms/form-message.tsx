import type { ActionState } from './action-result';

/** The form-level outcome of an action: an error (announced at once) or a confirmation. */
export function FormMessage({ state, className = '' }: { state: ActionState<unknown>; className?: string }) {
  if (!state.message) return null;
  const isError = state.ok !== true;
  return (
    <p
      role={isError ? 'alert' : 'status'}
      className={`rounded-md border px-3 py-2 text-[0.8125rem] ${
        isError
          ? 'border-status-blocked-dot/40 bg-status-blocked-bg text-status-blocked'
          : 'border-status-done-dot/40 bg-status-done-bg text-status-done'
      } ${className}`}
    >
      {state.message}
    </p>
  );
}
