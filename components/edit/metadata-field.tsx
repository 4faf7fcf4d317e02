'use client';
// One field of a task's details changed in place: it saves on change (numbers on leaving the field), shows the new
// value at once, and goes back, with the server's reason, if the change is refused. Only that field is sent, so it
// never overwrites someone else's change to another field.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { inputClass } from '@/components/forms/styles';

type Value = string | number | null;

export type MetadataFieldProps = {
  taskKey: string;
  field: string;
  label: string;
  value: Value;
} & (
  | { kind: 'select'; options: Array<{ value: string; label: string }>; emptyLabel?: string }
  | { kind: 'number'; unit: string }
  | { kind: 'date' }
);

export function MetadataField(props: MetadataFieldProps) {
  const router = useRouter();
  const [value, setValue] = useState<Value>(props.value);
  const [saved, setSaved] = useState<Value>(props.value);
  const [error, setError] = useState('');
  const id = `meta-${props.field}`;

  async function save(next: Value) {
    if (next === saved) return;
    setValue(next);
    setError('');
    const response = await fetch(`/api/v1/tasks/${encodeURIComponent(props.taskKey)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ [props.field]: next }),
    }).catch(() => null);
    if (response?.ok) {
      setSaved(next);
      return router.refresh();
    }
    setValue(saved);
    const problem = (await response?.json().catch(() => null)) as {
      errors?: Array<{ message: string }>;
      detail?: string;
    } | null;
    setError(problem?.errors?.[0]?.message ?? problem?.detail ?? 'Could not reach the server; nothing was changed.');
  }

  const common = {
    id,
    'aria-label': props.label,
    'aria-invalid': !!error,
    'aria-describedby': error ? `${id}-error` : undefined,
    className: `${inputClass} h-7 px-1.5 text-[0.8125rem]`,
  };
  return (
    <div className="min-w-0">
      {props.kind === 'select' ? (
        <select
          {...common}
          value={value ?? ''}
          onChange={(event) => void save(event.target.value === '' ? null : event.target.value)}
        >
          {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : props.kind === 'number' ? (
        <input
          {...common}
          type="number"
          min={0}
          step="any"
          placeholder={props.unit}
          value={value ?? ''}
          onChange={(event) => setValue(event.target.value === '' ? null : Number(event.target.value))}
          onBlur={() => void save(value)}
        />
      ) : (
        <input
          {...common}
          type="date"
          value={value ?? ''}
          onChange={(event) => void save(event.target.value || null)}
        />
      )}
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-0.5 text-xs whitespace-normal text-status-blocked">
          {error}
        </p>
      ) : null}
    </div>
  );
}
