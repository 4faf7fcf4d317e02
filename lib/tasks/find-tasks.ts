// Lists a workspace's tasks with the fields a list or board row shows (never the whole document): filtered,
// sorted from an allowlist and paged by cursor.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { TaskStatus } from '@/lib/generated/prisma/enums';
import { type OrderKey, type Page, pageArgs, pageQueryShape, toPage } from '@/lib/pagination';

import { formatTaskKey } from './task-key';

const sortTypes = { number: 'int', createdAt: 'date', updatedAt: 'date', title: 'text' } as const;
const sortFields = Object.keys(sortTypes) as Array<keyof typeof sortTypes>;
export const taskSorts = sortFields.flatMap((field) => [field, `-${field}`]) as [string, ...string[]];

const statusList = z
  .string()
  .transform((value) => value.split(',').map((status) => status.trim()))
  .pipe(z.array(z.enum(TaskStatus, { error: `must be among ${Object.values(TaskStatus).join(', ')}` })));
const referenceOrNone = (what: string) =>
  z.union([z.uuid(), z.literal('none')], { error: `must be the id of a ${what}, or "none"` });

export const taskListQuery = z.strictObject({
  status: statusList.optional().meta({ description: 'One status or several, comma separated: `TODO,IN_PROGRESS`' }),
  assignee: z.union([z.uuid(), z.enum(['me', 'none'])], { error: 'must be a user id, "me" or "none"' }).optional(),
  sprint: referenceOrNone('sprint').optional(),
  feature: referenceOrNone('feature').optional(),
  updatedSince: z.iso.datetime({ offset: true, error: 'must be a date-time such as 2026-11-25T10:00:00Z' }).optional(),
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Text the title or summary contains' }),
  sort: z
    .enum(taskSorts, { error: `must be one of ${taskSorts.join(', ')}` })
    .default('-number')
    .meta({ description: 'Field to sort by; a leading `-` sorts descending' }),
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
  createdAt: string;
  updatedAt: string;
}

function filterWhere(principal: Principal, query: z.output<typeof taskListQuery>): Prisma.TaskWhereInput {
  const { status, assignee, sprint, feature, updatedSince, q } = query;
  const orNull = (id: string | undefined) => (id === 'none' ? null : id);
  return {
    workspaceId: principal.workspaceId,
    ...(status && { status: { in: status } }),
    ...(assignee && { assigneeId: assignee === 'me' ? principal.userId : orNull(assignee) }),
    ...(sprint && { sprintId: orNull(sprint) }),
    ...(feature && { featureId: orNull(feature) }),
    ...(updatedSince && { updatedAt: { gte: new Date(updatedSince) } }),
    ...(q && {
      OR: [{ title: { contains: q, mode: 'insensitive' } }, { summary: { contains: q, mode: 'insensitive' } }],
    }),
  };
}

export async function findTasks(principal: Principal, input: TaskListQuery = {}): Promise<Page<TaskListItem>> {
  authorize(principal, 'read');
  const query = parseInput(taskListQuery, input);
  const field = query.sort.replace(/^-/, '') as keyof typeof sortTypes;
  const order: OrderKey[] = [
    { field, direction: query.sort.startsWith('-') ? 'desc' : 'asc', type: sortTypes[field] },
    ...(field === 'number' ? [] : [{ field: 'number', direction: 'desc' as const, type: 'int' as const }]),
  ];
  const { where: after, ...page } = pageArgs(order, query.limit, query.cursor);
  const db = await prisma();
  const [workspace, rows] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: principal.workspaceId }, select: { keyPrefix: true } }),
    db.task.findMany({
      ...page,
      where: { AND: [filterWhere(principal, query), after] },
      relationLoadStrategy: 'join',
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        estimatePoints: true,
        estimateHours: true,
        createdAt: true,
        updatedAt: true,
        assignee: { select: { id: true, name: true } },
        feature: { select: { id: true, name: true } },
        sprint: { select: { id: true, number: true, name: true } },
      },
    }),
  ]);
  const { items, nextCursor } = toPage(rows, query.limit, order);
  return {
    items: items.map(({ number, createdAt, updatedAt, ...row }) => ({
      ...row,
      key: formatTaskKey(workspace.keyPrefix, number),
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    })),
    nextCursor,
  };
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
