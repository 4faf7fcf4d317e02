'use client';
// Bulk edit: change the status, sprint, feature or assignee of the ticked tasks at once. Each task is changed by its
// own request, so one refusal (a viewer's, a rule's) is reported without undoing the others.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { inputClass, labelClass, primaryButtonClass } from '@/components/forms/styles';
import { statusLabels } from '@/lib/markdown/task-format';

import { BULK_FORM_ID } from './task-table';

type Option = [value: string, label: string];

export function BulkEditBar(props: { sprints: Option[]; features: Option[]; members: Option[] }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [isSaving, setSaving] = useState(false);

  async function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const keys = data.getAll('task').map(String);
    const changes = Object.fromEntries(
      ['status', 'sprintId', 'featureId', 'assigneeId'].flatMap((field) => {
        const value = String(data.get(field) ?? '');
        if (value === '') return [];
        return [[field, value === 'none' ? null : value]];
      }),
    );
    if (keys.length === 0) return setMessage('Tick the tasks to change first.');
    if (Object.keys(changes).length === 0) return setMessage('Choose what to change.');
    setSaving(true);
    setMessage('');
    const results = await Promise.all(
      keys.map((key) =>
        fetch(`/api/v1/tasks/${encodeURIComponent(key)}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(changes),
        })
          .then((response) => response.ok)
          .catch(() => false),
      ),
    );
    setSaving(false);
    const failed = keys.filter((_, index) => !results[index]);
    setMessage(
      failed.length === 0
        ? `Changed ${keys.length} task${keys.length === 1 ? '' : 's'}.`
        : `Changed ${keys.length - failed.length}; could not change ${failed.join(', ')}.`,
    );
    router.refresh();
  }

  const select = (name: string, label: string, options: Option[], none?: string) => (
    <div className="min-w-32">
      <label htmlFor={`bulk-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`bulk-${name}`} name={name} defaultValue="" className={inputClass}>
        <option value="">No change</option>
        {none ? <option value="none">{none}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      id={BULK_FORM_ID}
      aria-label="Change the ticked tasks"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-line bg-surface p-2"
      onSubmit={(event) => {
        event.preventDefault();
        void apply(event.currentTarget);
      }}
    >
      {select('status', 'Set status', Object.entries(statusLabels))}
      {select('sprintId', 'Set sprint', props.sprints, 'Backlog')}
      {select('featureId', 'Set feature', props.features, 'No feature')}
      {select('assigneeId', 'Set assignee', props.members, 'Unassigned')}
      <button type="submit" className={primaryButtonClass} disabled={isSaving}>
        {isSaving ? 'Changing…' : 'Change ticked tasks'}
      </button>
      <span role="status" className="text-xs text-fg-muted">
        {message}
      </span>
    </form>
  );
}
