import type { ComponentProps, ReactNode } from 'react';

import { Field } from './field';
import { inputClass } from './styles';

type Props = ComponentProps<'input'> & {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input with its hint and error. */
export function TextField({ label, name, error, hint, className, ...input }: Props) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...control} name={name} className={inputClass} {...input} />}
    </Field>
  );
}
