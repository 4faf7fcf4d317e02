import { type ComponentProps, type ReactNode, useId } from 'react';

import { errorTextClass, hintTextClass, inputClass, labelClass } from './styles';

type Props = ComponentProps<'input'> & {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input; its hint and error are tied to it with `aria-describedby` so screen readers read them. */
export function TextField({ label, name, error, hint, className = '', ...input }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
        {...input}
      />
      {hint ? (
        <p id={hintId} className={hintTextClass}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={errorTextClass}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
