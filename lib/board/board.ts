// A sprint board (or the backlog's): the sprint's tasks as compact cards in status columns, each column in its stored
// rank order. One query for the cards, whatever the sprint's size, and only the fields a card shows.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { NotFoundError, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { TaskStatus } from '@/lib/generated/prisma/enums';
import { blockerLinks } from '@/lib/tasks/blockers';
import { filterWhere, taskListQuery } from '@/lib/tasks/find-tasks';
import { formatTaskKey } from '@/lib/tasks/task-key';
import { getWorkspaceSettings, type WorkspaceSettings } from '@/lib/workspaces/workspace-settings';

export const boardStatuses = ['TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'BLOCKED'] as const satisfies TaskStatus[];

/** The list's filters that make sense on a board (the sprint is the board itself). */
export const boardQuery = taskListQuery.pick({ assignee: true, feature: true, blocked: true });
export type BoardQuery = z.input<typeof boardQuery>;

export const cardSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  rank: true,
  version: true,
  estimatePoints: true,
  estimateHours: true,
  completeness: true,
  assignee: { select: { id: true, name: true } },
  feature: { select: { id: true, name: true } },
  _count: { select: blockerLinks },
  checklistItems: { where: { kind: 'ACCEPTANCE_CRITERIA' }, select: { isDone: true } },
} satisfies Prisma.TaskSelect;

export const boardCardSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    title: z.string(),
    status: z.enum(TaskStatus),
    rank: z.string(),
    version: z.int().meta({ description: 'Send it back with a move: a task changed meanwhile is not moved' }),
    assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    feature: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    estimatePoints: z.number().nullable(),
    estimateHours: z.number().nullable(),
    completeness: z.int(),
    criteria: z.object({ done: z.int(), total: z.int() }),
    unfinishedBlockers: z.int(),
  })
  .meta({ id: 'BoardCard' });
export type BoardCard = z.output<typeof boardCardSchema>;

export const boardSchema = z
  .object({
    sprint: z
      .object({ id: z.uuid(), number: z.int(), name: z.string(), state: z.string() })
      .nullable()
      .meta({ description: 'Null for the backlog (tasks in no sprint)' }),
    columns: z.array(
      z.object({ status: z.enum(TaskStatus), limit: z.int().nullable(), cards: z.array(boardCardSchema) }),
    ),
    wipMode: z.enum(['warn', 'refuse']),
  })
  .meta({ id: 'Board' });
export type Board = z.output<typeof boardSchema>;

/** The sprint a board address names: a sprint id, `active` (the active sprint, else the next planned) or `backlog`. */
async function findBoardSprint(principal: Principal, sprint: string) {
  const db = await prisma();
  const select = { id: true, number: true, name: true, state: true } as const;
  if (sprint === 'backlog') return null;
  if (sprint === 'active') {
    const where = { workspaceId: principal.workspaceId };
    const found =
      (await db.sprint.findFirst({ where: { ...where, state: 'ACTIVE' }, orderBy: { number: 'asc' }, select })) ??
      (await db.sprint.findFirst({ where: { ...where, state: 'PLANNED' }, orderBy: { number: 'asc' }, select }));
    return found;
  }
  const found = z.uuid().safeParse(sprint).success
    ? await db.sprint.findFirst({ where: { id: sprint, workspaceId: principal.workspaceId }, select })
    : null;
  if (!found) throw new NotFoundError('Sprint');
  return found;
}

type CardRow = Prisma.TaskGetPayload<{ select: typeof cardSelect }>;

export function toCard(keyPrefix: string, row: CardRow): BoardCard {
  const { number, _count, checklistItems, ...card } = row;
  return {
    ...card,
    key: formatTaskKey(keyPrefix, number),
    criteria: { done: checklistItems.filter((item) => item.isDone).length, total: checklistItems.length },
    unfinishedBlockers: _count.outgoingLinks + _count.incomingLinks,
  };
}

function limitOf(settings: WorkspaceSettings, status: TaskStatus): number | null {
  return settings.wipLimits[status] ?? null;
}

export async function getBoard(principal: Principal, sprintRef: string, input: BoardQuery = {}): Promise<Board> {
  authorize(principal, 'read');
  const query = parseInput(boardQuery, input);
  const sprint = await findBoardSprint(principal, sprintRef);
  const db = await prisma();
  const [workspace, settings] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: principal.workspaceId }, select: { keyPrefix: true } }),
    getWorkspaceSettings(principal),
  ]);
  const rows = await db.task.findMany({
    where: { ...filterWhere(principal, query), sprintId: sprint?.id ?? null },
    orderBy: [{ rank: 'asc' }, { number: 'asc' }],
    select: cardSelect,
    relationLoadStrategy: 'join',
  });
  const cards = rows.map((row) => toCard(workspace.keyPrefix, row));
  return {
    sprint,
    columns: boardStatuses.map((status) => ({
      status,
      limit: limitOf(settings, status),
      cards: cards.filter((card) => card.status === status),
    })),
    wipMode: settings.wipMode,
  };
}
