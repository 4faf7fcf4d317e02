import type { Metadata } from 'next';
import Link from 'next/link';

import { BulkEditBar } from '@/components/bulk-edit-bar';
import { Command } from '@/components/command';
import { EmptyState } from '@/components/empty-state';
import { pluralize } from '@/components/format';
import { secondaryButtonClass } from '@/components/forms/styles';
import { NoWorkspace } from '@/components/no-workspace';
import { StatusSummary } from '@/components/status-summary';
import { filledRanges, TaskFilters, type TaskFilterValues } from '@/components/task-filters';
import { TaskTable } from '@/components/task-table';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { ValidationError } from '@/lib/errors';
import { listFeatures } from '@/lib/features/features';
import { listSprints } from '@/lib/sprints/sprints';
import { countTasksByStatus, findTasks } from '@/lib/tasks/find-tasks';
import { listMembers } from '@/lib/workspaces/members';
import { getWorkspace } from '@/lib/workspaces/workspaces';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tasks' };

const PAGE_SIZE = 50;
const filterNames = ['q', 'status', 'assignee', 'sprint', 'feature', 'blocked', 'filled', 'sort'] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export default async function TasksPage({ searchParams }: Props) {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const params = await searchParams;
  const filters: TaskFilterValues = Object.fromEntries(filterNames.map((name) => [name, single(params[name])]));
  const cursor = single(params.cursor);
  const { filled, ...query } = filters;
  const range = filled ? filledRanges[filled] : undefined;
  const completeness = { minCompleteness: range?.minCompleteness, maxCompleteness: range?.maxCompleteness };
  const [workspace, page, counts, members, sprints, features] = await Promise.all([
    getWorkspace(principal),
    // A hand-edited URL is not worth an error page: say so and offer the unfiltered list.
    filled && !range
      ? null
      : findTasks(principal, { ...query, ...completeness, cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
          if (error instanceof ValidationError) return null;
          throw error;
        }),
    countTasksByStatus(principal),
    listMembers(principal, { limit: 200 }),
    listSprints(principal, { limit: 200 }),
    listFeatures(principal, { limit: 200 }),
  ]);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const canWrite = can(principal, 'writeTasks');
  const tasks = page?.items ?? [];
  const isFiltered = filterNames.some((name) => name !== 'sort' && filters[name]);
  const csvLink = `/api/v1/tasks.csv?${new URLSearchParams(
    Object.entries({ ...query, ...completeness }).filter((entry): entry is [string, string] => !!entry[1]),
  )}`;
  const pageLink = (next: string | null) => {
    const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]));
    if (next) query.set('cursor', next);
    return `/?${query}`;
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="flex items-baseline gap-2">
          <h1 className="text-lg font-semibold tracking-tight">Tasks</h1>
          {total > 0 ? <span className="text-sm text-fg-muted tabular-nums">{total}</span> : null}
        </div>
        <StatusSummary counts={counts} />
      </div>
      {total > 0 ? (
        <TaskFilters
          values={filters}
          choices={{ members: members.items, sprints: sprints.items, features: features.items }}
        />
      ) : null}
      {page === null ? (
        <EmptyState title="These filters are not valid">
          <Link href="/" className="font-medium text-accent hover:underline">
            Show all tasks
          </Link>
        </EmptyState>
      ) : tasks.length === 0 && isFiltered ? (
        <EmptyState title="No tasks match these filters">
          <p>Try fewer filters or other words.</p>
          <Link href="/" className="font-medium text-accent hover:underline">
            Clear the filters
          </Link>
        </EmptyState>
      ) : tasks.length === 0 && total === 0 ? (
        <EmptyState title="No tasks yet" icon={<ListIcon />}>
          <p>
            <span className="font-medium text-fg">{workspace.name}</span> has no tasks. Create one with{' '}
            <span className="font-medium text-fg">New task</span> (or press <kbd>c</kbd>), import Markdown documents on
            the Import page, or add sample tasks with the admin CLI (with the embedded database, stop the app first):
          </p>
          <Command>{`npm run cli -- generate --tasks 25 --workspace ${workspace.slug}`}</Command>
        </EmptyState>
      ) : (
        <>
          {canWrite ? (
            <BulkEditBar
              sprints={sprints.items.map((sprint) => [sprint.id, `Sprint ${sprint.number}: ${sprint.name}`])}
              features={features.items.map((feature) => [feature.id, feature.name])}
              members={members.items.map((member) => [member.id, member.name])}
            />
          ) : null}
          <TaskTable tasks={tasks} caption={`Tasks in ${workspace.name}`} isSelectable={canWrite} />
          <nav aria-label="Task list pages" className="flex items-center justify-between gap-2">
            <p className="text-xs text-fg-muted">Showing {pluralize(tasks.length, 'task')}.</p>
            <div className="flex gap-2">
              <a href={csvLink} download className={secondaryButtonClass}>
                Export CSV
              </a>
              {cursor ? (
                <Link href={pageLink(null)} className={secondaryButtonClass}>
                  First page
                </Link>
              ) : null}
              {page.nextCursor ? (
                <Link href={pageLink(page.nextCursor)} className={secondaryButtonClass}>
                  Next page
                </Link>
              ) : null}
            </div>
          </nav>
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
