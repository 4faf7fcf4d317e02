// /tasks.csv: the task list (any filters, e.g. one sprint's tasks) as a CSV download.
import { exportTasksCsv } from '@/lib/export/export-tasks';
import { taskListQuery } from '@/lib/tasks/find-tasks';

import { defineRoute } from '../define-route';

export const exportRoutes = [
  // GET /tasks.csv
  defineRoute({
    method: 'GET',
    path: '/tasks.csv',
    operationId: 'exportTasksCsv',
    summary: 'Export tasks as CSV',
    description:
      'The list’s filters and sort (`sprint=<id>` for a sprint’s tasks), every matching task up to 10,000. Cells a spreadsheet would run as a formula are prefixed with an apostrophe.',
    tag: 'Tasks',
    query: taskListQuery.omit({ cursor: true, limit: true }),
    response: { status: 200, description: 'The tasks as CSV', contentType: 'text/csv; charset=utf-8' },
    handle: async ({ principal, query }) => ({
      text: await exportTasksCsv(principal, query),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'Content-Disposition': 'attachment; filename="tasks.csv"' },
    }),
  }),
];
