import type { Metadata } from 'next';

import { Command } from '@/components/command';
import { EmptyState } from '@/components/empty-state';
import { pluralize } from '@/components/format';
import { NoWorkspace } from '@/components/no-workspace';
import { StatusSummary } from '@/components/status-summary';
import { TaskTable } from '@/components/task-table';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { countTasksByStatus, findTasks } from '@/lib/tasks/find-tasks';
import { getWorkspace } from '@/lib/workspaces/workspaces';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tasks' };

/** The most the list service returns at once; paging comes with filters. */
const TASK_LIMIT = 200;

export default async function TasksPage() {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const [workspace, tasks, counts] = await Promise.all([
    getWorkspace(principal),
    findTasks(principal, { limit: TASK_LIMIT }).then((page) => page.items),
    countTasksByStatus(principal),
  ]);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="flex items-baseline gap-2">
          <h1 className="text-lg font-semibold tracking-tight">Tasks</h1>
          {total > 0 ? <span className="text-sm text-fg-muted tabular-nums">{total}</span> : null}
        </div>
        <StatusSummary counts={counts} />
      </div>
      {tasks.length === 0 ? (
        <EmptyState title="No tasks yet" icon={<ListIcon />}>
          <p>
            <span className="font-medium text-fg">{workspace.name}</span> has no tasks. Add sample tasks with the admin
            CLI (with the embedded database, stop the app first):
          </p>
          <Command>{`npm run cli -- generate --tasks 25 --workspace ${workspace.slug}`}</Command>
          <p>
            To explore the demo workspace (about 40 fully written tasks) instead, run{' '}
            <code className="font-mono text-[0.8125rem] text-fg">npm run db:seed</code> on an empty database.
          </p>
        </EmptyState>
      ) : (
        <>
          <TaskTable tasks={tasks} caption={`Tasks in ${workspace.name}, newest first`} />
          {tasks.length === TASK_LIMIT ? (
            <p className="text-xs text-fg-muted">Showing the {pluralize(TASK_LIMIT, 'newest task')}.</p>
          ) : null}
        </>
      )}
    </div>
  );
}

function ListIcon() {
  return (
    <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.5" className="size-5">
      <path d="M7 5.5h9M7 10h9M7 14.5h9" strokeLinecap="round" />
      <circle cx="3.75" cy="5.5" r="0.9" fill="currentColor" stroke="none" />
      <circle cx="3.75" cy="10" r="0.9" fill="currentColor" stroke="none" />
      <circle cx="3.75" cy="14.5" r="0.9" fill="currentColor" stroke="none" />
    </svg>
  );
}
