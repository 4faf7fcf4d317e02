import type { Metadata } from 'next';
import Link from 'next/link';

import { BoardView } from '@/components/board/board-view';
import { EmptyState } from '@/components/empty-state';
import { formatSprint } from '@/components/format';
import { FilterSelect } from '@/components/forms/filter-select';
import { primaryButtonClass, secondaryButtonClass } from '@/components/forms/styles';
import { NoWorkspace } from '@/components/no-workspace';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { getBoard } from '@/lib/board/board';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { listFeatures } from '@/lib/features/features';
import { listSprints } from '@/lib/sprints/sprints';
import { listMembers } from '@/lib/workspaces/members';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Board' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const filterNames = ['sprint', 'assignee', 'feature', 'blocked'] as const;

export default async function BoardPage({ searchParams }: Props) {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const params = await searchParams;
  const value = (name: string) => {
    const raw = params[name];
    return typeof raw === 'string' && raw !== '' ? raw : undefined;
  };
  const filters = Object.fromEntries(filterNames.map((name) => [name, value(name)])) as Partial<
    Record<(typeof filterNames)[number], string>
  >;
  const { sprint = 'active', ...query } = filters;
  const [board, sprints, members, features] = await Promise.all([
    getBoard(principal, sprint, query).catch((error: unknown) => {
      if (error instanceof ValidationError || error instanceof NotFoundError) return null;
      throw error;
    }),
    listSprints(principal, { limit: 200 }),
    listMembers(principal, { limit: 200 }),
    listFeatures(principal, { limit: 200 }),
  ]);
  const reloadUrl = `/board?${new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]))}`;
  const title = board?.sprint ? formatSprint(board.sprint) : 'Backlog';

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="text-lg font-semibold tracking-tight">Board</h1>
        {board ? <span className="text-sm text-fg-muted">{title}</span> : null}
        {board ? (
          <a
            href={`/api/v1/tasks.csv?${new URLSearchParams({
              ...Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1])),
              sprint: board.sprint?.id ?? 'none',
              sort: 'number',
            })}`}
            download
            className={`${secondaryButtonClass} ml-auto`}
          >
            Export CSV
          </a>
        ) : null}
      </div>
      <form
        method="get"
        action="/board"
        role="search"
        aria-label="Board filters"
        className="flex flex-wrap items-end gap-2"
      >
        <FilterSelect
          form="board"
          name="sprint"
          label="Sprint"
          value={sprint}
          options={[
            ['active', 'Active sprint'],
            ['backlog', 'Backlog'],
            ...sprints.items.map((item): [string, string] => [item.id, formatSprint(item)]),
          ]}
        />
        <FilterSelect
          form="board"
          name="assignee"
          label="Assignee"
          value={filters.assignee}
          all="Anyone"
          options={[
            ['me', 'Only mine'],
            ['none', 'Unassigned'],
            ...members.items.map((member): [string, string] => [member.id, member.name]),
          ]}
        />
        <FilterSelect
          form="board"
          name="feature"
          label="Feature"
          value={filters.feature}
          all="Any feature"
          options={[
            ['none', 'No feature'],
            ...features.items.map((feature): [string, string] => [feature.id, feature.name]),
          ]}
        />
        <FilterSelect
          form="board"
          name="blocked"
          label="Blocked"
          value={filters.blocked}
          all="Blocked or not"
          options={[['true', 'Only blocked or waiting']]}
        />
        <button type="submit" className={primaryButtonClass}>
          Show
        </button>
        {Object.values(query).some(Boolean) ? (
          <Link href={`/board?sprint=${encodeURIComponent(sprint)}`} className={secondaryButtonClass}>
            Clear
          </Link>
        ) : null}
      </form>
      {board ? (
        <BoardView board={board} canMove={can(principal, 'writeTasks')} reloadUrl={reloadUrl} />
      ) : (
        <EmptyState title="No such board">
          <Link href="/board" className="font-medium text-accent hover:underline">
            Show the active sprint
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
