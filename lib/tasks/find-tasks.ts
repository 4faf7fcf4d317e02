// Lists a workspace's tasks with the fields a list or board row shows; never the whole document.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { TaskStatus } from '@/lib/generated/prisma/enums';

import { formatTaskKey } from './task-key';

export const taskListQuery = z.strictObject({
  status: z.enum(TaskStatus).optional(),
  sprintId: z.uuid().optional(),
  featureId: z.uuid().optional(),
  assigneeId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
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
  updatedAt: string;
}

export async function findTasks(principal: Principal, query: TaskListQuery = {}): Promise<TaskListItem[]> {
  authorize(principal, 'read');
  const { limit, ...filters } = parseInput(taskListQuery, query);
  const db = await prisma();
  const [workspace, rows] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: principal.workspaceId }, select: { keyPrefix: true } }),
    db.task.findMany({
      where: { workspaceId: principal.workspaceId, ...filters },
      orderBy: { number: 'desc' },
      take: limit,
      relationLoadStrategy: 'join',
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        estimatePoints: true,
        estimateHours: true,
        updatedAt: true,
        assignee: { select: { id: true, name: true } },
        feature: { select: { id: true, name: true } },
        sprint: { select: { id: true, number: true, name: true } },
      },
    }),
  ]);
  return rows.map(({ number, updatedAt, ...row }) => ({
    ...row,
    key: formatTaskKey(workspace.keyPrefix, number),
    updatedAt: updatedAt.toISOString(),
  }));
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
