'use client';
// Links to other tasks: find one by words of its title or document, or by its key, and pick it (mouse or arrow
// keys and Enter); remove one; for prerequisites say why.
import { Command } from 'cmdk';
import { useState } from 'react';

import { errorTextClass, inputClass, smallButtonClass } from '@/components/forms/styles';
import { type FoundTask, useTaskSearch } from '@/components/use-task-search';

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
  const suggestions = useTaskSearch(key).filter((task) => !links.some((link) => link.taskId === task.id));

  function addLink(found: LinkRow) {
    if (links.some((link) => link.taskId === found.taskId)) return setLookupError(`${found.key} is already linked.`);
    setLookupError('');
    setKey('');
    onChange([...links, { ...found, ...(props.hasDescription && { description: '' }) }]);
  }

  /** The Link button: the typed key, looked up exactly. */
  async function addByKey() {
    if (key.trim() === '') return;
    const found = await findTask(key);
    if (typeof found === 'string') return setLookupError(found);
    addLink(found);
  }

  const pick = (task: FoundTask) => addLink({ taskId: task.id, key: task.key, title: task.title });

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
        <Command
          shouldFilter={false}
          label={`Find a task to link as ${props.label}`}
          className="relative flex-1"
          onKeyDown={(event) => {
            // With nothing to pick, Enter links the typed key, as the Link button does.
            if (event.key === 'Enter' && suggestions.length === 0) {
              event.preventDefault();
              void addByKey();
            }
          }}
        >
          <Command.Input
            className={inputClass}
            placeholder="Title words or a key, e.g. TASK-41"
            value={key}
            aria-invalid={!!lookupError}
            aria-describedby={lookupError ? `${props.id}-key-error` : undefined}
            onValueChange={(value) => {
              setKey(value);
              setLookupError('');
            }}
          />
          {key.trim() !== '' && suggestions.length > 0 ? (
            <Command.List className="absolute z-20 mt-1 max-h-60 w-full overflow-y-auto rounded-md border border-line bg-canvas p-1 shadow-lg">
              {suggestions.map((task) => (
                <Command.Item
                  key={task.id}
                  value={task.id}
                  onSelect={() => pick(task)}
                  className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm data-[selected=true]:bg-hover"
                >
                  <span className="font-mono text-xs text-fg-muted">{task.key}</span>
                  <span className="truncate">{task.title}</span>
                </Command.Item>
              ))}
            </Command.List>
          ) : null}
          {lookupError ? (
            <p id={`${props.id}-key-error`} className={errorTextClass}>
              {lookupError}
            </p>
          ) : null}
        </Command>
        <button type="button" className={smallButtonClass} onClick={() => void addByKey()}>
          Link
        </button>
      </div>
    </div>
  );
}
