'use client';
// Close a sprint: choose where its unfinished tasks go (another open sprint or the backlog), then see which moved.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { inputClass, smallButtonClass } from '@/components/forms/styles';

export function CloseSprintForm(props: {
  sprintId: string;
  number: number;
  targets: Array<[id: string, label: string]>;
  /** Closed already: only the outcome of closing it here, if any, still shows. */
  isClosed: boolean;
}) {
  const router = useRouter();
  const [carryTo, setCarryTo] = useState(props.targets[0]?.[0] ?? 'backlog');
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function close() {
    setSaving(true);
    const response = await fetch(`/api/v1/sprints/${props.sprintId}/close`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ carryTo }),
    }).catch(() => null);
    setSaving(false);
    const body = (await response?.json().catch(() => null)) as { carried?: string[]; detail?: string } | null;
    if (!response?.ok || !body?.carried) {
      return setMessage({
        isError: true,
        text: body?.detail ?? 'Could not reach the server; the sprint is still open.',
      });
    }
    const where = carryTo === 'backlog' ? 'the backlog' : (props.targets.find(([id]) => id === carryTo)?.[1] ?? '');
    setMessage({
      isError: false,
      text:
        body.carried.length === 0
          ? `Sprint ${props.number} closed; every task was done.`
          : `Sprint ${props.number} closed; carried ${body.carried.join(', ')} to ${where}.`,
    });
    router.refresh();
  }

  const outcome = message ? (
    <p
      role={message.isError ? 'alert' : 'status'}
      className={message.isError ? 'text-status-blocked' : 'text-fg-muted'}
    >
      {message.text}
    </p>
  ) : null;
  if (props.isClosed) return <div className="text-xs">{outcome}</div>;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <label htmlFor={`carry-${props.sprintId}`} className="text-fg-muted">
        Unfinished tasks go to
      </label>
      <select
        id={`carry-${props.sprintId}`}
        value={carryTo}
        onChange={(event) => setCarryTo(event.target.value)}
        className={`${inputClass} h-7 w-auto text-xs`}
      >
        {props.targets.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
        <option value="backlog">Backlog</option>
      </select>
      <button type="button" className={smallButtonClass} disabled={isSaving} onClick={() => void close()}>
        {isSaving ? 'Closing…' : `Close sprint ${props.number}`}
      </button>
      {outcome}
    </div>
  );
}
