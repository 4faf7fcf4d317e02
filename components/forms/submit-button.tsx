'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

import { primaryButtonClass } from './styles';

/** The form's submit button; disabled while the action runs, so a double click does not submit twice. */
export function SubmitButton({
  children,
  pendingLabel,
  className = primaryButtonClass,
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}
