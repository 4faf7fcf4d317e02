'use client';
// Links to other tasks by key: add one by typing its key (checked against the workspace), remove one, and for
// prerequisites say why.
import { useState } from 'react';

import { errorTextClass, inputClass, smallButtonClass } from '@/components/forms/styles';

import type { FieldErrors, LinkRow } from './form-values';

async function findTask(key: string): Promise<LinkRow | string> {
  const response = await fetch(`/api/v1/tasks/${encodeURIComponent(key.trim())}`, { cache: 'no-store' }).catch(
    () => null,
  );
  if (!response) return 'Could not reach the server.';
  if (response.status === 404) return `No task ${key.trim()} in this workspace.`;
  if (!response.ok) return `Could not look up ${key.trim()} (${response.status}).`;
  const task = (await response.json()) as { id: string; key: string; title: string };
  return { taskId: task.id, key: task.key, title: task.title };
}

export function LinksPartEditor(props: {
  id: string;
  label: string;
  hasDescription: boolean;
  links: LinkRow[];
  errors: FieldErrors;
  errorPrefix: string;
  onChange: (links: LinkRow[]) => void;
}) {
  const { links, onChange } = props;
  const [key, setKey] = useState('');
  const [lookupError, setLookupError] = useState('');

  async function add() {
    if (key.trim() === '') return;
    const found = await findTask(key);
    if (typeof found === 'string') return setLookupError(found);
    if (links.some((link) => link.taskId === found.taskId)) return setLookupError(`${found.key} is already linked.`);
    setLookupError('');
    setKey('');
    onChange([...links, { ...found, ...(props.hasDescription && { description: '' }) }]);
  }

  return (
    <div className="space-y-2">
      <ul className="space-y-1">
        {links.map((link, index) => {
          const error =
            props.errors[`${props.errorPrefix}${index}`] ?? props.errors[`${props.errorPrefix}${index}.taskId`];
          return (
            <li key={link.taskId} className="space-y-1 rounded-md border border-line p-2">
              <div className="flex items-center gap-2">
                <span className="font-mono text-xs text-fg-muted">{link.key}</span>
                <span className="min-w-0 flex-1 truncate text-sm">{link.title}</span>
                <button
                  type="button"
                  className={smallButtonClass}
                  onClick={() => onChange(links.filter((_, at) => at !== index))}
                  aria-label={`Remove ${link.key}`}
                >
                  Remove
                </button>
              </div>
              {props.hasDescription ? (
                <input
                  aria-label={`Why ${link.key} comes first`}
                  className={inputClass}
                  value={link.description ?? ''}
                  placeholder="What this task needs from it"
                  onChange={(event) =>
                    onChange(links.map((row, at) => (at === index ? { ...row, description: event.target.value } : row)))
                  }
                />
              ) : null}
              {error ? <p className={errorTextClass}>{error}</p> : null}
            </li>
          );
        })}
      </ul>
      <div className="flex items-start gap-2">
        <div className="flex-1">
          <label htmlFor={`${props.id}-key`} className="sr-only">
            Task key to link as {props.label}
          </label>
          <input
            id={`${props.id}-key`}
            className={inputClass}
            placeholder="Task key, e.g. TASK-41"
            value={key}
            aria-invalid={!!lookupError}
            aria-describedby={lookupError ? `${props.id}-key-error` : undefined}
            onChange={(event) => setKey(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void add();
              }
            }}
          />
          {lookupError ? (
            <p id={`${props.id}-key-error`} className={errorTextClass}>
              {lookupError}
            </p>
          ) : null}
        </div>
        <button type="button" className={smallButtonClass} onClick={() => void add()}>
          Link
        </button>
      </div>
    </div>
  );
}
