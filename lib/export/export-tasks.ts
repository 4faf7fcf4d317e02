// The task list as CSV: the same filters as the list (a sprint's tasks are `sprint=<id>`), every matching task in
// list order, up to a cap that keeps one download bounded.
import type { Principal } from '@/lib/auth/principal';
import { ValidationError } from '@/lib/errors';
import { statusLabels } from '@/lib/markdown/task-format';
import { findTasks, type TaskListQuery } from '@/lib/tasks/find-tasks';

import { toCsv } from './csv';

export const MAX_EXPORT_ROWS = 10_000;

const header = [
  'Key',
  'Title',
  'Status',
  'Assignee',
  'Feature',
  'Sprint',
  'Points',
  'Hours',
  'Filled %',
  'Waits on',
  'Created',
  'Updated',
];

export async function exportTasksCsv(
  principal: Principal,
  query: Omit<TaskListQuery, 'cursor' | 'limit'>,
): Promise<string> {
  const rows: Array<Array<string | number | null>> = [header];
  let cursor: string | undefined;
  do {
    const page = await findTasks(principal, { ...query, cursor, limit: 200 });
    for (const task of page.items) {
      rows.push([
        task.key,
        task.title,
        statusLabels[task.status],
        task.assignee?.name ?? '',
        task.feature?.name ?? '',
        task.sprint ? `Sprint ${task.sprint.number}: ${task.sprint.name}` : '',
        task.estimatePoints,
        task.estimateHours,
        task.completeness,
        task.unfinishedBlockers,
        task.createdAt,
        task.updatedAt,
      ]);
    }
    cursor = page.nextCursor ?? undefined;
    if (rows.length > MAX_EXPORT_ROWS + 1) {
      throw new ValidationError([], `More than ${MAX_EXPORT_ROWS} tasks match; narrow the filters to export them.`);
    }
  } while (cursor);
  return toCsv(rows);
}
