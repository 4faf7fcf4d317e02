'use client';
// Edit a whole task as Markdown. Saving sends the ETag the text was based on: if someone changed the task since,
// both versions are shown and nothing is overwritten until the user chooses.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { primaryButtonClass, secondaryButtonClass } from '@/components/forms/styles';
import { useLeaveGuard } from '@/components/use-leave-guard';

import { readMarkdown, replaceMarkdown, type Warning } from './markdown-api';

const areaClass =
  'block w-full rounded-md border border-line-strong bg-canvas p-3 font-mono text-xs leading-relaxed text-fg';

export function MarkdownEditor(props: { taskKey: string; markdown: string; etag: string }) {
  const router = useRouter();
  const [text, setText] = useState(props.markdown);
  const [base, setBase] = useState({ markdown: props.markdown, etag: props.etag });
  const [issues, setIssues] = useState<Array<{ path: string; message: string }>>([]);
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const [theirs, setTheirs] = useState<{ markdown: string; etag: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const isDirty = text !== base.markdown;

  useLeaveGuard(isDirty);

  async function save(etag = base.etag) {
    setSaving(true);
    setIssues([]);
    const result = await replaceMarkdown(props.taskKey, text, etag).catch(() => null);
    setSaving(false);
    if (!result) return setIssues([{ path: '', message: 'Could not reach the server; your text is still here.' }]);
    if (result.ok) {
      setBase({ markdown: text, etag: result.etag ?? etag });
      setWarnings(result.value.warnings);
      if (result.value.warnings.length === 0) {
        router.push(`/tasks/${props.taskKey}`);
        router.refresh();
      }
      return;
    }
    if (result.problem.status === 412) {
      const latest = await readMarkdown(props.taskKey);
      return setTheirs({ markdown: latest.markdown, etag: latest.etag ?? '' });
    }
    setIssues(result.problem.errors?.length ? result.problem.errors : [{ path: '', message: result.problem.detail }]);
  }

  function keepMine() {
    if (!theirs) return;
    setBase(theirs);
    setTheirs(null);
    void save(theirs.etag);
  }

  function takeTheirs() {
    if (!theirs) return;
    setText(theirs.markdown);
    setBase(theirs);
    setTheirs(null);
  }

  return (
    <div className="space-y-3">
      {theirs ? (
        <div
          role="alert"
          className="space-y-3 rounded-md border border-status-blocked-dot bg-status-blocked-bg p-3 text-sm"
        >
          <p className="font-medium text-status-blocked">
            Someone changed this task since you opened it. Nothing was saved. Compare, then keep yours or take theirs.
          </p>
          <div className="flex gap-2">
            <button type="button" className={primaryButtonClass} onClick={keepMine}>
              Keep mine
            </button>
            <button type="button" className={secondaryButtonClass} onClick={takeTheirs}>
              Take theirs
            </button>
          </div>
          <details open>
            <summary className="cursor-pointer text-xs font-medium">Their version</summary>
            <pre className={`${areaClass} max-h-80 overflow-auto whitespace-pre-wrap`}>{theirs.markdown}</pre>
          </details>
        </div>
      ) : null}
      {issues.length > 0 ? (
        <ul
          role="alert"
          className="space-y-1 rounded-md border border-status-blocked-dot bg-status-blocked-bg p-3 text-xs text-status-blocked"
        >
          {issues.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <div role="status" className="space-y-1 rounded-md border border-line-strong bg-surface p-3 text-xs">
          <p className="font-medium">Saved, with notes:</p>
          <ul className="list-disc pl-4">
            {warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
          <Link href={`/tasks/${props.taskKey}`} className="font-medium text-accent underline">
            Back to {props.taskKey}
          </Link>
        </div>
      ) : null}
      <label htmlFor="markdown" className="sr-only">
        {props.taskKey} as Markdown
      </label>
      <textarea
        id="markdown"
        className={`${areaClass} min-h-[60vh]`}
        value={text}
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={primaryButtonClass}
          disabled={isSaving || !isDirty}
          onClick={() => void save()}
        >
          {isSaving ? 'Saving…' : 'Save'}
        </button>
        <Link href={`/tasks/${props.taskKey}`} className={secondaryButtonClass}>
          Cancel
        </Link>
        <span className="text-xs text-fg-muted">{isDirty ? 'Unsaved changes' : 'No changes'}</span>
      </div>
    </div>
  );
}
