'use client';

import { useActionState, useEffect, useState } from 'react';

import { type ActionState, initialActionState } from './action-result';
import { dangerConfirmButtonClass, dangerSmallButtonClass } from './styles';

/**
 * A one-button form for a destructive action (revoke, remove): the first click asks, the second within a few
 * seconds submits. `target` completes the button's name for screen readers: "Revoke" + "token CI deploy".
 */
export function ConfirmActionForm({
  action,
  children,
  confirmText,
  target,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: string;
  confirmText: string;
  target: string;
}) {
  const [state, formAction, isPending] = useActionState(action, initialActionState);
  const [isConfirming, setConfirming] = useState(false);

  useEffect(() => {
    if (!isConfirming) return;
    const timer = setTimeout(() => setConfirming(false), 5000);
    return () => clearTimeout(timer);
  }, [isConfirming]);

  return (
    <form action={formAction} onSubmit={() => setConfirming(false)} className="inline-flex flex-col items-end gap-1">
      <button
        type="submit"
        onClick={(event) => {
          // The first click only asks; cancelling it keeps the form from submitting.
          if (isConfirming) return;
          event.preventDefault();
          setConfirming(true);
        }}
        onBlur={() => setConfirming(false)}
        disabled={isPending}
        aria-label={`${isConfirming ? confirmText : children} ${target}`}
        className={isConfirming ? dangerConfirmButtonClass : dangerSmallButtonClass}
      >
        {isPending ? 'Working…' : isConfirming ? confirmText : children}
      </button>
      <span role="status" className="sr-only">
        {isConfirming ? 'Press again to confirm.' : ''}
      </span>
      {state.message && !state.ok ? (
        <span role="alert" className="max-w-60 text-right text-xs text-status-blocked">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
