'use client';
// A checklist item ticked right in the read view: the change shows at once and is rolled back, with a message,
// if the server refuses it.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function ChecklistToggle(props: {
  taskKey: string;
  listSlug: string;
  itemId: string;
  text: string;
  isDone: boolean;
}) {
  const router = useRouter();
  const [isDone, setDone] = useState(props.isDone);
  const [error, setError] = useState('');
  const [isSaving, setSaving] = useState(false);
  const id = `check-${props.itemId}`;

  async function toggle(next: boolean) {
    setDone(next);
    setError('');
    setSaving(true);
    const response = await fetch(
      `/api/v1/tasks/${encodeURIComponent(props.taskKey)}/${props.listSlug}/${props.itemId}`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ isDone: next }),
      },
    ).catch(() => null);
    setSaving(false);
    if (response?.ok) return router.refresh();
    setDone(!next);
    const problem = (await response?.json().catch(() => null)) as { detail?: string } | null;
    setError(problem?.detail ?? 'Could not reach the server; the item was not changed.');
  }

  return (
    <li className="flex items-start gap-2.5">
      <input
        id={id}
        type="checkbox"
        className="mt-1 size-4 shrink-0 accent-[var(--sb-done-dot)]"
        checked={isDone}
        disabled={isSaving}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => void toggle(event.target.checked)}
      />
      <div className="min-w-0">
        <label htmlFor={id} className={`break-words whitespace-pre-wrap ${isDone ? 'text-fg-muted' : ''}`}>
          {props.text}
        </label>
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-xs text-status-blocked">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
