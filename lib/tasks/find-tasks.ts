// Lists a workspace's tasks with the fields a list or board row shows (never the whole document): filtered,
// sorted from an allowlist and paged by cursor.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput, ValidationError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { TaskStatus } from '@/lib/generated/prisma/enums';
import {
  offsetCursor,
  type OrderKey,
  type Page,
  pageArgs,
  pageQueryShape,
  readOffsetCursor,
  toPage,
} from '@/lib/pagination';

import { blockerLinks, isBlocked } from './blockers';
import { SEARCH_CONFIG } from './search-vector';
import { formatTaskKey } from './task-key';

const sortTypes = { number: 'int', createdAt: 'date', updatedAt: 'date', title: 'text' } as const;
const sortFields = Object.keys(sortTypes) as Array<keyof typeof sortTypes>;
export const taskSorts = ['relevance', ...sortFields.flatMap((field) => [field, `-${field}`])] as [string, ...string[]];

/** Ranked search results considered at most; beyond this, a search should be narrowed. */
const MAX_MATCHES = 1000;

const statusList = z
  .string()
  .transform((value) => value.split(',').map((status) => status.trim()))
  .pipe(z.array(z.enum(TaskStatus, { error: `must be among ${Object.values(TaskStatus).join(', ')}` })));
const percent = z.coerce
  .number({ error: 'must be a whole number from 0 to 100' })
  .int({ error: 'must be a whole number from 0 to 100' })
  .min(0, { error: 'must be a whole number from 0 to 100' })
  .max(100, { error: 'must be a whole number from 0 to 100' });
const referenceOrNone = (what: string) =>
  z.union([z.uuid(), z.literal('none')], { error: `must be the id of a ${what}, or "none"` });

export const taskListQuery = z.strictObject({
  status: statusList.optional().meta({ description: 'One status or several, comma separated: `TODO,IN_PROGRESS`' }),
  assignee: z.union([z.uuid(), z.enum(['me', 'none'])], { error: 'must be a user id, "me" or "none"' }).optional(),
  sprint: referenceOrNone('sprint').optional(),
  feature: referenceOrNone('feature').optional(),
  blocked: z
    .stringbool({ truthy: ['true'], falsy: ['false'], error: 'must be true or false' })
    .optional()
    .meta({
      description: 'Only tasks that are Blocked or wait on a prerequisite or blocker not Done (or only the others)',
    }),
  minCompleteness: percent.optional().meta({ description: 'Only tasks at least this percent filled' }),
  maxCompleteness: percent.optional().meta({ description: 'Only tasks at most this percent filled' }),
  updatedSince: z.iso.datetime({ offset: true, error: 'must be a date-time such as 2026-11-25T10:00:00Z' }).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Words to find anywhere in the document (title and summary weigh most)' }),
  sort: z
    .enum(taskSorts, { error: `must be one of ${taskSorts.join(', ')}` })
    .optional()
    .meta({
      description: 'Field to sort by; a leading `-` sorts descending. Default: `relevance` with `q`, else `-number`',
    }),
  ...pageQueryShape,
});
export type TaskListQuery = z.input<typeof taskListQuery>;

export interface TaskListItem {
  id: string;
  key: string;
  title: string;
  status: TaskStatus;
  assignee: { id: string; name: string } | null;
  feature: { id: string; name: string } | null;
  sprint: { id: string; number: number; name: string } | null;
  estimatePoints: number | null;
  estimateHours: number | null;
  completeness: number;
  unfinishedBlockers: number;
  createdAt: string;
  updatedAt: string;
}

/** The where-clause of the list's filters; the board applies the same ones (a subset) through it. */
export function filterWhere(
  principal: Principal,
  query: Partial<z.output<typeof taskListQuery>>,
): Prisma.TaskWhereInput {
  const { status, assignee, sprint, feature, updatedSince, blocked, minCompleteness, maxCompleteness } = query;
  const orNull = (id: string | undefined) => (id === 'none' ? null : id);
  return {
    ...(blocked !== undefined && (blocked ? isBlocked : { NOT: isBlocked })),
    ...((minCompleteness !== undefined || maxCompleteness !== undefined) && {
      completeness: { gte: minCompleteness, lte: maxCompleteness },
    }),
    workspaceId: principal.workspaceId,
    ...(status && { status: { in: status } }),
    ...(assignee && { assigneeId: assignee === 'me' ? principal.userId : orNull(assignee) }),
    ...(sprint && { sprintId: orNull(sprint) }),
    ...(feature && { featureId: orNull(feature) }),
    ...(updatedSince && { updatedAt: { gte: new Date(updatedSince) } }),
  };
}

/** Ids of the workspace's tasks matching `q`, best first (full-text search over the whole document). */
async function rankedMatches(workspaceId: string, q: string): Promise<string[]> {
  const config = Prisma.raw(`'${SEARCH_CONFIG}'`);
  const rows = await (
    await prisma()
  ).$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM "Task"
    WHERE "workspaceId" = ${workspaceId}::uuid AND "searchVector" @@ websearch_to_tsquery(${config}, ${q})
    ORDER BY ts_rank("searchVector", websearch_to_tsquery(${config}, ${q})) DESC, number DESC
    LIMIT ${MAX_MATCHES}`;
  return rows.map((row) => row.id);
}

const listSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  estimatePoints: true,
  estimateHours: true,
  completeness: true,
  _count: { select: blockerLinks },
  createdAt: true,
  updatedAt: true,
  assignee: { select: { id: true, name: true } },
  feature: { select: { id: true, name: true } },
  sprint: { select: { id: true, number: true, name: true } },
} satisfies Prisma.TaskSelect;

export async function findTasks(principal: Principal, input: TaskListQuery = {}): Promise<Page<TaskListItem>> {
  authorize(principal, 'read');
  const query = parseInput(taskListQuery, input);
  const sort = query.sort ?? (query.q ? 'relevance' : '-number');
  const matches = query.q ? await rankedMatches(principal.workspaceId, query.q) : undefined;
  const where: Prisma.TaskWhereInput = { ...filterWhere(principal, query), ...(matches && { id: { in: matches } }) };
  const db = await prisma();
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: principal.workspaceId },
    select: { keyPrefix: true },
  });
  const toItem = ({
    number,
    createdAt,
    updatedAt,
    _count,
    ...row
  }: Prisma.TaskGetPayload<{ select: typeof listSelect }>) => ({
    ...row,
    key: formatTaskKey(workspace.keyPrefix, number),
    unfinishedBlockers: _count.outgoingLinks + _count.incomingLinks,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  });

  if (sort === 'relevance') {
    // Ranked order is the search's, so the page is a slice of the ranked ids and the cursor is its offset.
    if (!matches) throw new ValidationError([{ path: 'sort', message: 'relevance needs a search (q)' }]);
    const rank = new Map(matches.map((id, index) => [id, index]));
    const rows = await db.task.findMany({ where, select: listSelect, relationLoadStrategy: 'join' });
    rows.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    const offset = readOffsetCursor(query.cursor);
    const next = offset + query.limit;
    return {
      items: rows.slice(offset, next).map(toItem),
      nextCursor: next < rows.length ? offsetCursor(next) : null,
    };
  }

  const field = sort.replace(/^-/, '') as keyof typeof sortTypes;
  const order: OrderKey[] = [
    { field, direction: sort.startsWith('-') ? 'desc' : 'asc', type: sortTypes[field] },
    ...(field === 'number' ? [] : [{ field: 'number', direction: 'desc' as const, type: 'int' as const }]),
  ];
  const { where: after, ...page } = pageArgs(order, query.limit, query.cursor);
  const rows = await db.task.findMany({
    ...page,
    where: { AND: [where, after] },
    relationLoadStrategy: 'join',
    select: listSelect,
  });
  const { items, nextCursor } = toPage(rows, query.limit, order);
  return { items: items.map(toItem), nextCursor };
}

/** How many of the workspace's tasks are in each status (all of them, not one page). */
export async function countTasksByStatus(principal: Principal): Promise<Partial<Record<TaskStatus, number>>> {
  authorize(principal, 'read');
  const groups = await (
    await prisma()
  ).task.groupBy({
    by: ['status'],
    where: { workspaceId: principal.workspaceId },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}

/** Tasks and done tasks per feature or per sprint (all of them, in one query), for progress on those pages. */
/** Tasks of a feature or sprint: how many, how many Done, and their estimates added up (committed work). */
export interface TaskCounts {
  total: number;
  done: number;
  points: number;
  hours: number;
}

export async function countTasksPer(
  principal: Principal,
  field: 'featureId' | 'sprintId',
): Promise<Map<string, TaskCounts>> {
  authorize(principal, 'read');
  const groups = await (
    await prisma()
  ).task.groupBy({
    by: [field, 'status'],
    where: { workspaceId: principal.workspaceId, [field]: { not: null } },
    _count: { _all: true },
    _sum: { estimatePoints: true, estimateHours: true },
  });
  const counts = new Map<string, TaskCounts>();
  for (const group of groups) {
    const id = group[field] as string;
    const entry = counts.get(id) ?? { total: 0, done: 0, points: 0, hours: 0 };
    entry.total += group._count._all;
    entry.points += group._sum.estimatePoints ?? 0;
    entry.hours += group._sum.estimateHours ?? 0;
    if (group.status === 'DONE') entry.done += group._count._all;
    counts.set(id, entry);
  }
  return counts;
}
