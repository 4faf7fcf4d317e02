import type { ReactNode } from 'react';

import type { TaskDocument } from '@/lib/tasks/task-document';

import { Estimate } from './estimate';
import { formatDate, formatDateTime, formatSprint } from './format';
import { StatusBadge } from './status-badge';

function Muted({ children }: { children: ReactNode }) {
  return <span className="text-fg-subtle">{children}</span>;
}

function DateValue({ iso, withTime = false }: { iso: string | null; withTime?: boolean }) {
  if (!iso) return <Muted>Not set</Muted>;
  return (
    <time dateTime={iso} title={iso}>
      {withTime ? formatDateTime(iso) : formatDate(iso)}
    </time>
  );
}

/** The template's header block (status, assignee, feature, sprint, estimate, dates) plus the document version. */
export function MetadataPanel({ task }: { task: TaskDocument }) {
  const fields: Array<[label: string, value: ReactNode]> = [
    ['Status', <StatusBadge key="status" status={task.status} />],
    [
      'Assignee',
      task.assignee?.name ??
        (task.assigneeName ? (
          <span key="unlinked">
            {task.assigneeName} <Muted>(not a member)</Muted>
          </span>
        ) : (
          <Muted>Unassigned</Muted>
        )),
    ],
    ['Feature', task.feature?.name ?? <Muted>None</Muted>],
    ['Sprint', task.sprint ? formatSprint(task.sprint) : <Muted>Backlog</Muted>],
    ['Estimate', <Estimate key="estimate" points={task.estimatePoints} hours={task.estimateHours} />],
    ['Created', <DateValue key="created" iso={task.createdAt} />],
    ['Last updated', <DateValue key="updated" iso={task.updatedAt} withTime />],
    ['Review date', <DateValue key="review" iso={task.reviewDate} />],
    ['Completion target', <DateValue key="target" iso={task.completionTarget} />],
    [
      'Version',
      <span key="version" className="tabular-nums">
        v{task.version}
      </span>,
    ],
  ];
  return (
    <section aria-label="Task details" className="rounded-lg border border-line bg-surface">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 p-4 sm:grid-cols-3 lg:grid-cols-5">
        {fields.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs text-fg-muted">{label}</dt>
            <dd className="mt-0.5 truncate text-[0.8125rem]">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
