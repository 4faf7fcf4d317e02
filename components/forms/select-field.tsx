import type { ComponentProps } from 'react';

import { Field } from './field';
import { inputClass } from './styles';

type Props = ComponentProps<'select'> & {
  label: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
};

/** A labelled `<select>` with its error. */
export function SelectField({ label, name, options, error, className, ...select }: Props) {
  return (
    <Field label={label} error={error} className={className}>
      {(control) => (
        <select {...control} name={name} className={`${inputClass} pr-8`} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
