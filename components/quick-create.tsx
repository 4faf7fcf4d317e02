'use client';
// "New task" from anywhere (also the `c` key): title, status, sprint, feature and assignee, then the new task opens
// with the template's default checklists.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

import {
  errorTextClass,
  inputClass,
  labelClass,
  primaryButtonClass,
  secondaryButtonClass,
} from '@/components/forms/styles';
import { statusLabels } from '@/lib/markdown/task-format';

import { NEW_TASK_EVENT } from './keyboard/command-palette';
import { isPlainKey } from './keyboard/is-typing';

type Choice = { id: string; label: string };

async function choices(path: string, label: (row: Record<string, unknown>) => string): Promise<Choice[]> {
  const response = await fetch(`/api/v1/${path}?limit=200`, { cache: 'no-store' });
  if (!response.ok) return [];
  const { data } = (await response.json()) as { data: Array<Record<string, unknown>> };
  return data.map((row) => ({ id: String(row.id), label: label(row) }));
}

export function QuickCreate() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<{ sprints: Choice[]; features: Choice[]; members: Choice[] } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setSaving] = useState(false);

  async function open() {
    setErrors({});
    dialog.current?.showModal();
    const [sprints, features, members] = await Promise.all([
      choices('sprints', (row) => `Sprint ${row.number}: ${row.name}`),
      choices('features', (row) => String(row.name)),
      choices('members', (row) => String(row.name)),
    ]);
    setOptions({ sprints, features, members });
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event, 'c') || dialog.current?.open) return;
      event.preventDefault();
      void open();
    };
    const onRequest = () => void open();
    window.addEventListener('keydown', onKey);
    window.addEventListener(NEW_TASK_EVENT, onRequest);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(NEW_TASK_EVENT, onRequest);
    };
  }, []);

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const value = (name: string) => (data.get(name) ? String(data.get(name)) : null);
    setSaving(true);
    const response = await fetch('/api/v1/tasks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        title: value('title') ?? '',
        status: value('status') ?? 'TODO',
        sprintId: value('sprintId'),
        featureId: value('featureId'),
        assigneeId: value('assigneeId'),
      }),
    }).catch(() => null);
    setSaving(false);
    if (!response) return setErrors({ '': 'Could not reach the server; try again.' });
    const body = await response.json();
    if (!response.ok) {
      const issues = (body.errors ?? []) as Array<{ path: string; message: string }>;
      return setErrors(
        issues.length ? Object.fromEntries(issues.map((issue) => [issue.path, issue.message])) : { '': body.detail },
      );
    }
    dialog.current?.close();
    form.reset();
    router.push(`/tasks/${body.key}`);
  }

  const select = (name: string, label: string, rows: Choice[] | undefined, empty: string) => (
    <div>
      <label htmlFor={`quick-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`quick-${name}`} name={name} className={inputClass} defaultValue="">
        <option value="">{empty}</option>
        {(rows ?? []).map((row) => (
          <option key={row.id} value={row.id}>
            {row.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <button
        type="button"
        className={`${primaryButtonClass} h-7 px-2.5 text-xs`}
        onClick={() => void open()}
        aria-keyshortcuts="c"
      >
        New task
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="quick-create-title"
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line bg-canvas p-0 text-fg shadow-xl backdrop:bg-black/30"
      >
        <form
          className="space-y-3 p-4"
          onSubmit={(event) => {
            event.preventDefault();
            void submit(event.currentTarget);
          }}
        >
          <h2 id="quick-create-title" className="text-base font-semibold">
            New task
          </h2>
          <div>
            <label htmlFor="quick-title" className={labelClass}>
              Title
            </label>
            <input
              id="quick-title"
              name="title"
              className={inputClass}
              autoFocus
              aria-invalid={!!errors.title}
              aria-describedby={errors.title ? 'quick-title-error' : undefined}
            />
            {errors.title ? (
              <p id="quick-title-error" className={errorTextClass}>
                {errors.title}
              </p>
            ) : null}
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor="quick-status" className={labelClass}>
                Status
              </label>
              <select id="quick-status" name="status" className={inputClass} defaultValue="TODO">
                {Object.entries(statusLabels).map(([status, label]) => (
                  <option key={status} value={status}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            {select('sprintId', 'Sprint', options?.sprints, 'Backlog')}
            {select('featureId', 'Feature', options?.features, 'None')}
            {select('assigneeId', 'Assignee', options?.members, 'Unassigned')}
          </div>
          {errors[''] ? (
            <p role="alert" className={errorTextClass}>
              {errors['']}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <button type="button" className={secondaryButtonClass} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className={primaryButtonClass} disabled={isSaving}>
              {isSaving ? 'Creating…' : 'Create task'}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
