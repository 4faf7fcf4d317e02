import Link from 'next/link';

import type { LinkSet } from '@/lib/tasks/sections';

import type { LinkItem, PendingLinkItem } from './section-data';
import { StatusBadge } from './status-badge';

/** Link sets whose tasks must be done before this one can finish. */
const blockingSets: Partial<Record<LinkSet, string>> = { prerequisites: 'Not done', blockedBy: 'Blocking' };

/**
 * Linked tasks with key, title and status; an unfinished prerequisite or blocker is flagged. Keys an imported
 * document named that no task has yet are listed too, marked as waiting for that task.
 */
export function LinksPartView({
  set,
  tasks,
  pending,
}: {
  set: LinkSet;
  tasks: LinkItem[];
  pending: PendingLinkItem[];
}) {
  const blockingLabel = blockingSets[set];
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-md border border-line">
      {tasks.map((task) => {
        const isBlocking = blockingLabel !== undefined && task.status !== 'DONE';
        return (
          <li key={task.taskId} className={`px-3 py-2 ${isBlocking ? 'shadow-[inset_2px_0_0_var(--sb-warn)]' : ''}`}>
            <div className="flex min-w-0 items-center gap-3">
              <Link href={`/tasks/${task.key}`} className="group flex min-w-0 flex-1 items-baseline gap-2 rounded-sm">
                <span className="shrink-0 font-mono text-xs text-fg-muted group-hover:text-accent">{task.key}</span>
                <span className="truncate font-medium group-hover:text-accent group-hover:underline" title={task.title}>
                  {task.title}
                </span>
              </Link>
              {isBlocking ? (
                <span className="inline-flex h-5 shrink-0 items-center gap-1 rounded-full bg-warn-bg px-2 text-xs font-medium text-warn">
                  <WarningIcon />
                  {blockingLabel}
                </span>
              ) : null}
              <StatusBadge status={task.status} />
            </div>
            {task.description ? (
              <p className="mt-1 break-words whitespace-pre-wrap text-fg-muted">{task.description}</p>
            ) : null}
          </li>
        );
      })}
      {pending.map((link) => (
        <li key={`pending:${link.key}`} className="px-3 py-2">
          <div className="flex min-w-0 items-center gap-3">
            <span className="font-mono text-xs text-fg-muted">{link.key}</span>
            <span className="text-fg-subtle">No task with this key yet; linked once it exists</span>
          </div>
          {link.description ? (
            <p className="mt-1 break-words whitespace-pre-wrap text-fg-muted">{link.description}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function WarningIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="currentColor">
      <path d="M8.9 1.6a1 1 0 0 0-1.8 0L.6 13.4A1 1 0 0 0 1.5 15h13a1 1 0 0 0 .9-1.6L8.9 1.6ZM8 5.5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 8 5.5Zm0 7.25a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
    </svg>
  );
}
