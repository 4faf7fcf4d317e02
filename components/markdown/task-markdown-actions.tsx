'use client';
// The actions above a task: "Copy as Markdown", "Download .md", "Edit as Markdown" and "Duplicate".
import Link from 'next/link';
import { useState } from 'react';

import { smallButtonClass } from '@/components/forms/styles';

import { DuplicateTask } from '../edit/duplicate-task';
import { readMarkdown } from './markdown-api';

export function TaskMarkdownActions({ taskKey, canEdit }: { taskKey: string; canEdit: boolean }) {
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      const { markdown } = await readMarkdown(taskKey);
      await navigator.clipboard.writeText(markdown);
      setStatus('Copied as Markdown');
    } catch {
      setStatus('Could not copy; use Download .md instead');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={smallButtonClass} onClick={() => void copy()}>
        Copy as Markdown
      </button>
      <a
        className={smallButtonClass}
        href={`/api/v1/tasks/${encodeURIComponent(taskKey)}/markdown?download=true`}
        download={`${taskKey}.md`}
      >
        Download .md
      </a>
      {canEdit ? (
        <Link className={smallButtonClass} href={`/tasks/${encodeURIComponent(taskKey)}/markdown`}>
          Edit as Markdown
        </Link>
      ) : null}
      {canEdit ? <DuplicateTask taskKey={taskKey} /> : null}
      <span role="status" className="text-xs text-fg-muted">
        {status}
      </span>
    </div>
  );
}
