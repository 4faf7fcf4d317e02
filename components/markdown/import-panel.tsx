'use client';
// Import tasks from Markdown: paste a document or drop .md files, see each parsed task with its warnings (a dry
// run of the real import), then create them.
import Link from 'next/link';
import { type DragEvent, useState } from 'react';

import { labelClass, primaryButtonClass, secondaryButtonClass, smallButtonClass } from '@/components/forms/styles';

import { type ApiOutcome, type ImportedTask, importMarkdown } from './markdown-api';

interface Draft {
  id: number;
  name: string;
  markdown: string;
  preview?: ApiOutcome<ImportedTask>;
  created?: ApiOutcome<ImportedTask>;
}

let nextId = 1;

function Issues({ outcome }: { outcome: ApiOutcome<ImportedTask> }) {
  if (!outcome.ok) {
    const errors = outcome.problem.errors?.length
      ? outcome.problem.errors
      : [{ path: '', message: outcome.problem.detail }];
    return (
      <ul className="list-disc space-y-0.5 pl-4 text-xs text-status-blocked">
        {errors.map((error, index) => (
          <li key={index}>{error.message}</li>
        ))}
      </ul>
    );
  }
  if (outcome.value.warnings.length === 0) return <p className="text-xs text-fg-muted">No warnings.</p>;
  return (
    <ul aria-label="Warnings" className="list-disc space-y-0.5 pl-4 text-xs text-warn">
      {outcome.value.warnings.map((warning, index) => (
        <li key={index}>{warning.message}</li>
      ))}
    </ul>
  );
}

export function ImportPanel() {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [pasted, setPasted] = useState('');
  const [isDragging, setDragging] = useState(false);
  const [isCreating, setCreating] = useState(false);

  async function add(documents: Array<{ name: string; markdown: string }>) {
    const added = documents.map((document) => ({ ...document, id: nextId++ }));
    setDrafts((current) => [...current, ...added]);
    for (const draft of added) {
      const preview = await importMarkdown(draft.markdown, true).catch(() => undefined);
      setDrafts((current) => current.map((item) => (item.id === draft.id ? { ...item, preview } : item)));
    }
  }

  async function addFiles(files: FileList | null) {
    if (!files) return;
    await add(await Promise.all([...files].map(async (file) => ({ name: file.name, markdown: await file.text() }))));
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void addFiles(event.dataTransfer.files);
  }

  async function createAll() {
    setCreating(true);
    for (const draft of drafts) {
      if (!draft.preview?.ok || draft.created?.ok) continue;
      const created = await importMarkdown(draft.markdown, false).catch(() => undefined);
      setDrafts((current) => current.map((item) => (item.id === draft.id ? { ...item, created } : item)));
    }
    setCreating(false);
  }

  const ready = drafts.filter((draft) => draft.preview?.ok && !draft.created?.ok).length;

  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <label htmlFor="paste" className={labelClass}>
            Paste a document
          </label>
          <textarea
            id="paste"
            className="block min-h-48 w-full rounded-md border border-line-strong bg-canvas p-2 font-mono text-xs"
            value={pasted}
            placeholder={'# Task: …\n\n**Status**: Todo'}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pasted.trim() === ''}
            onClick={() => {
              void add([{ name: `Pasted document ${nextId}`, markdown: pasted }]);
              setPasted('');
            }}
          >
            Preview pasted document
          </button>
        </div>
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed p-6 text-center text-sm ${isDragging ? 'border-accent bg-surface' : 'border-line-strong'}`}
        >
          <p className="text-fg-muted">Drop .md files here, or</p>
          <label className={`${secondaryButtonClass} cursor-pointer focus-within:ring-2 focus-within:ring-focus`}>
            Choose files
            <input
              type="file"
              accept=".md,.markdown,text/markdown"
              multiple
              className="sr-only"
              onChange={(event) => void addFiles(event.target.files)}
            />
          </label>
        </div>
      </div>

      {drafts.length === 0 ? (
        <p className="text-sm text-fg-muted">
          Documents in the task template&apos;s format become tasks: members, features, sprints and task keys are
          matched by name; nothing is created until you say so.
        </p>
      ) : (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <div className="flex items-center justify-between gap-2">
            <h2 id="preview-heading" className="text-base font-semibold">
              Preview
            </h2>
            <button
              type="button"
              className={primaryButtonClass}
              disabled={ready === 0 || isCreating}
              onClick={() => void createAll()}
            >
              {isCreating ? 'Creating…' : `Create ${ready} task${ready === 1 ? '' : 's'}`}
            </button>
          </div>
          <ul className="space-y-2">
            {drafts.map((draft) => (
              <li
                key={draft.id}
                aria-label={draft.name}
                className="space-y-2 rounded-lg border border-line bg-surface p-3"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <div className="min-w-0">
                    <p className="truncate text-xs text-fg-muted">{draft.name}</p>
                    <p className="font-medium">
                      {draft.preview?.ok
                        ? draft.preview.value.task.title
                        : draft.preview
                          ? 'Cannot be imported'
                          : 'Reading…'}
                    </p>
                  </div>
                  {draft.created?.ok ? (
                    <Link
                      href={`/tasks/${draft.created.value.task.key}`}
                      className="text-sm font-medium text-accent underline"
                    >
                      Created {draft.created.value.task.key}
                    </Link>
                  ) : (
                    <button
                      type="button"
                      className={smallButtonClass}
                      onClick={() => setDrafts((current) => current.filter((item) => item.id !== draft.id))}
                    >
                      Remove
                    </button>
                  )}
                </div>
                {draft.created && !draft.created.ok ? <Issues outcome={draft.created} /> : null}
                {draft.preview ? <Issues outcome={draft.preview} /> : null}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
