import Link from 'next/link';

import { cellClass, type Column, TableHead } from '@/components/table-head';
import type { TaskListItem } from '@/lib/tasks/find-tasks';

import { BlockedMarker } from './blocked-marker';
import { CompletenessBar } from './completeness-bar';
import { Estimate } from './estimate';
import { formatSprint } from './format';
import { StatusBadge } from './status-badge';

const td = `h-9 ${cellClass}`;
const columns: Column[] = [
  { label: 'Key' },
  { label: 'Title' },
  { label: 'Status' },
  { label: 'Assignee' },
  { label: 'Sprint' },
  { label: 'Filled', isNumeric: true },
  { label: 'Estimate', isNumeric: true },
];

/** Checkboxes in the rows belong to this form (the bulk edit bar), wherever it is on the page. */
export const BULK_FORM_ID = 'bulk-edit';

/**
 * The task list as a dense table; each row opens its task (the key is the row's one link). `isSelectable` adds a
 * checkbox per row for bulk edits.
 */
export function TaskTable({
  tasks,
  caption,
  isSelectable = false,
}: {
  tasks: TaskListItem[];
  caption: string;
  isSelectable?: boolean;
}) {
  const shown = isSelectable ? [{ label: 'Select', isLabelHidden: true }, ...columns] : columns;
  return (
    // Wide screens: no scroll container, so the header row can stick below the site header.
    <div data-task-list className="overflow-x-auto rounded-lg border border-line lg:overflow-visible">
      <table className="w-full min-w-[60rem] border-separate border-spacing-0 text-[0.8125rem]">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {isSelectable ? <col className="w-10" /> : null}
          <col className="w-28" />
          <col />
          <col className="w-32" />
          <col className="w-40" />
          <col className="w-52" />
          <col className="w-24" />
          <col className="w-32" />
        </colgroup>
        <TableHead columns={shown} isSticky />
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className="group relative hover:bg-hover [&:last-child>td]:border-b-0">
              {isSelectable ? (
                <td className={td}>
                  {/* Above the row-wide link, so ticking does not open the task. */}
                  <input
                    type="checkbox"
                    name="task"
                    value={task.key}
                    form={BULK_FORM_ID}
                    aria-label={`Select ${task.key}`}
                    className="relative z-10 size-4"
                  />
                </td>
              ) : null}
              <td className={`${td} font-mono text-xs whitespace-nowrap`}>
                {/* The link covers the whole row (after:inset-0) so any cell opens the task. */}
                <Link
                  href={`/tasks/${task.key}`}
                  className="text-fg-muted group-hover:text-accent after:absolute after:inset-0 after:content-[''] focus-visible:after:rounded-sm focus-visible:after:outline-2 focus-visible:after:outline-focus focus-visible:outline-none"
                >
                  {task.key}
                </Link>
              </td>
              <td className={`${td} max-w-0`}>
                <span className="flex items-center gap-2">
                  <span className="truncate font-medium text-fg" title={task.title}>
                    {task.title}
                  </span>
                  {task.unfinishedBlockers > 0 ? <BlockedMarker count={task.unfinishedBlockers} /> : null}
                </span>
              </td>
              <td className={td}>
                <StatusBadge status={task.status} />
              </td>
              <td className={`${td} max-w-0`}>
                {task.assignee ? (
                  <span className="block truncate">{task.assignee.name}</span>
                ) : (
                  <span className="text-fg-subtle">Unassigned</span>
                )}
              </td>
              <td className={`${td} max-w-0`}>
                {task.sprint ? (
                  <span className="block truncate" title={task.sprint.name}>
                    {formatSprint(task.sprint)}
                  </span>
                ) : (
                  <span className="text-fg-subtle">Backlog</span>
                )}
              </td>
              <td className={`${td} text-right`}>
                <CompletenessBar percent={task.completeness} />
              </td>
              <td className={`${td} text-right`}>
                <Estimate points={task.estimatePoints} hours={task.estimateHours} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
