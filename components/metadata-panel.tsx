import type { ReactNode } from 'react';

import { statusLabels } from '@/lib/markdown/task-format';
import type { TaskDocument } from '@/lib/tasks/task-document';

import { MetadataField, type MetadataFieldProps } from './edit/metadata-field';
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

export interface MetadataChoices {
  members: Array<{ id: string; name: string }>;
  features: Array<{ id: string; name: string }>;
  sprints: Array<{ id: string; number: number; name: string }>;
}

type FieldSpec = MetadataFieldProps extends infer P ? (P extends unknown ? Omit<P, 'taskKey'> : never) : never;

const statusOptions = Object.entries(statusLabels).map(([value, label]) => ({ value, label }));

/** The fields a member may change in place, as controls that save themselves. */
function editableFields(task: TaskDocument, choices: MetadataChoices): Array<[string, ReactNode]> {
  const field = (props: FieldSpec) => <MetadataField key={props.field} {...props} taskKey={task.key} />;
  return [
    ['Status', field({ field: 'status', label: 'Status', value: task.status, kind: 'select', options: statusOptions })],
    [
      'Assignee',
      field({
        field: 'assigneeId',
        label: 'Assignee',
        value: task.assignee?.id ?? null,
        kind: 'select',
        emptyLabel: task.assigneeName ? `${task.assigneeName} (not a member)` : 'Unassigned',
        options: choices.members.map((member) => ({ value: member.id, label: member.name })),
      }),
    ],
    [
      'Feature',
      field({
        field: 'featureId',
        label: 'Feature',
        value: task.feature?.id ?? null,
        kind: 'select',
        emptyLabel: 'None',
        options: choices.features.map((feature) => ({ value: feature.id, label: feature.name })),
      }),
    ],
    [
      'Sprint',
      field({
        field: 'sprintId',
        label: 'Sprint',
        value: task.sprint?.id ?? null,
        kind: 'select',
        emptyLabel: 'Backlog',
        options: choices.sprints.map((sprint) => ({ value: sprint.id, label: formatSprint(sprint) })),
      }),
    ],
    [
      'Estimate',
      <div key="estimate" className="flex gap-1">
        {field({
          field: 'estimatePoints',
          label: 'Estimate in points',
          value: task.estimatePoints,
          kind: 'number',
          unit: 'pts',
        })}
        {field({
          field: 'estimateHours',
          label: 'Estimate in hours',
          value: task.estimateHours,
          kind: 'number',
          unit: 'h',
        })}
      </div>,
    ],
  ];
}

/**
 * The template's header block (status, assignee, feature, sprint, estimate, dates) plus the document version. With
 * `choices` (the viewer may edit), status, assignee, feature, sprint, estimates and dates change in place.
 */
export function MetadataPanel({ task, choices }: { task: TaskDocument; choices?: MetadataChoices }) {
  const readOnly: Array<[label: string, value: ReactNode]> = [
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
  ];
  const dates: Array<[label: string, value: ReactNode]> = [
    ['Created', <DateValue key="created" iso={task.createdAt} />],
    ['Last updated', <DateValue key="updated" iso={task.updatedAt} withTime />],
    choices
      ? [
          'Review date',
          <MetadataField
            key="review"
            taskKey={task.key}
            field="reviewDate"
            label="Review date"
            value={task.reviewDate}
            kind="date"
          />,
        ]
      : ['Review date', <DateValue key="review" iso={task.reviewDate} />],
    choices
      ? [
          'Completion target',
          <MetadataField
            key="target"
            taskKey={task.key}
            field="completionTarget"
            label="Completion target"
            value={task.completionTarget}
            kind="date"
          />,
        ]
      : ['Completion target', <DateValue key="target" iso={task.completionTarget} />],
    [
      'Version',
      <span key="version" className="tabular-nums">
        v{task.version}
      </span>,
    ],
  ];
  const fields = [...(choices ? editableFields(task, choices) : readOnly), ...dates];
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
