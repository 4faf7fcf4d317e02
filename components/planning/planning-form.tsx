'use client';
// Create or change a feature or a sprint through the REST API; the API's field errors show next to their fields
// and what was typed stays.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import {
  errorTextClass,
  inputClass,
  labelClass,
  primaryButtonClass,
  secondaryButtonClass,
} from '@/components/forms/styles';

export interface PlanningField {
  name: string;
  label: string;
  kind: 'line' | 'textarea' | 'number' | 'date' | 'select';
  options?: string[];
}

export function PlanningForm(props: {
  resource: 'features' | 'sprints';
  id?: string;
  fields: PlanningField[];
  initial: Record<string, string | number | null>;
  submitLabel: string;
}) {
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isOpen, setOpen] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const prefix = `${props.resource}-${props.id ?? 'new'}`;

  async function submit() {
    setSaving(true);
    setErrors({});
    const body = Object.fromEntries(
      props.fields.map(({ name, kind }) => {
        const value = values[name];
        if (kind === 'number') return [name, value === '' || value === null ? null : Number(value)];
        if (kind === 'date') return [name, value || null];
        return [name, value ?? ''];
      }),
    );
    const response = await fetch(`/api/v1/${props.resource}${props.id ? `/${props.id}` : ''}`, {
      method: props.id ? 'PATCH' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => null);
    setSaving(false);
    if (!response) return setErrors({ '': 'Could not reach the server; try again.' });
    if (response.ok) {
      setOpen(false);
      if (!props.id) setValues(props.initial);
      return router.refresh();
    }
    const problem = (await response.json().catch(() => ({}))) as {
      detail?: string;
      errors?: Array<{ path: string; message: string }>;
    };
    const fieldErrors = Object.fromEntries((problem.errors ?? []).map((error) => [error.path, error.message]));
    setErrors(Object.keys(fieldErrors).length > 0 ? fieldErrors : { '': problem.detail ?? 'Saving failed.' });
  }

  if (!isOpen) {
    return (
      <button
        type="button"
        className={props.id ? secondaryButtonClass : primaryButtonClass}
        onClick={() => setOpen(true)}
      >
        {props.submitLabel}
      </button>
    );
  }
  return (
    <form
      className="grid gap-3 rounded-lg border border-line bg-surface p-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {props.fields.map((field) => {
        const id = `${prefix}-${field.name}`;
        const error = errors[field.name];
        const common = {
          id,
          name: field.name,
          'aria-invalid': !!error,
          'aria-describedby': error ? `${id}-error` : undefined,
          value: String(values[field.name] ?? ''),
        };
        const set = (value: string) => setValues({ ...values, [field.name]: value });
        return (
          <div key={field.name} className={field.kind === 'textarea' ? 'sm:col-span-2' : ''}>
            <label htmlFor={id} className={labelClass}>
              {field.label}
            </label>
            {field.kind === 'textarea' ? (
              <textarea
                {...common}
                rows={3}
                className={`${inputClass} h-auto py-1.5`}
                onChange={(event) => set(event.target.value)}
              />
            ) : field.kind === 'select' ? (
              <select {...common} className={inputClass} onChange={(event) => set(event.target.value)}>
                {(field.options ?? []).map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type={field.kind === 'line' ? 'text' : field.kind}
                className={inputClass}
                onChange={(event) => set(event.target.value)}
              />
            )}
            {error ? (
              <p id={`${id}-error`} className={errorTextClass}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {errors[''] ? (
        <p role="alert" className={`${errorTextClass} sm:col-span-2`}>
          {errors['']}
        </p>
      ) : null}
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" className={primaryButtonClass} disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
