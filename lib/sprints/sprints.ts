// Sprints: numbered per workspace; a task's "Sprint" in the template is the sprint number.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { createUnique } from '@/lib/db/unique-violation';
import { ConflictError, NotFoundError, parseInput, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { SprintState } from '@/lib/generated/prisma/enums';
import { type OrderKey, type Page, pageArgs, pageQueryShape, toPage } from '@/lib/pagination';
import { isoDate, isUuid, requiredLine } from '@/lib/schemas';
import { toDate } from '@/lib/tasks/task-dates';
import { toIsoDate } from '@/lib/tasks/task-document';

type Tx = Prisma.TransactionClient;

const capacity = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must not be negative' })
  .max(100_000, { error: 'must be at most 100000' });

const sprintFields = {
  number: z.number({ error: 'must be a number' }).int().min(1).max(1_000_000),
  name: requiredLine('Name', 200),
  goal: z.string().max(20_000),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  state: z.enum(SprintState, { error: `State must be one of ${Object.values(SprintState).join(', ')}` }),
  capacityPoints: capacity.nullable(),
  capacityHours: capacity.nullable(),
};

const endAfterStart = {
  error: 'End date must not be before the start date',
  path: ['endDate'],
};
const datesInOrder = (sprint: { startDate?: string | null; endDate?: string | null }) =>
  !sprint.startDate || !sprint.endDate || sprint.startDate <= sprint.endDate;

export const sprintCreateInput = z
  .strictObject({
    number: sprintFields.number,
    name: sprintFields.name,
    goal: sprintFields.goal.default(''),
    startDate: sprintFields.startDate.default(null),
    endDate: sprintFields.endDate.default(null),
    state: sprintFields.state.default('PLANNED'),
    capacityPoints: sprintFields.capacityPoints.default(null),
    capacityHours: sprintFields.capacityHours.default(null),
  })
  .refine(datesInOrder, endAfterStart);

export const sprintUpdateInput = z
  .strictObject(sprintFields)
  .partial()
  // A key given as undefined (a typed caller leaving a field out) changes nothing, so it does not count.
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: 'Nothing to update: give at least one field',
  })
  .refine(datesInOrder, endAfterStart);

export const sprintListQuery = z.strictObject({ ...pageQueryShape });

const sprintSelect = {
  id: true,
  number: true,
  name: true,
  goal: true,
  startDate: true,
  endDate: true,
  state: true,
  capacityPoints: true,
  capacityHours: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.SprintSelect;
type SprintRow = Prisma.SprintGetPayload<{ select: typeof sprintSelect }>;
export type SprintView = Omit<SprintRow, 'startDate' | 'endDate'> & {
  startDate: string | null;
  endDate: string | null;
};

function toView(row: SprintRow): SprintView {
  return { ...row, startDate: toIsoDate(row.startDate), endDate: toIsoDate(row.endDate) };
}

const byNumber: OrderKey[] = [
  { field: 'number', direction: 'asc', type: 'int' },
  { field: 'id', direction: 'asc', type: 'uuid' },
];

const duplicateNumber = (number: number | undefined) => () => new ConflictError(`Sprint ${number} already exists`);

async function findSprint(tx: Tx, principal: Principal, id: string): Promise<SprintRow> {
  const sprint = isUuid(id)
    ? await tx.sprint.findFirst({ where: { id, workspaceId: principal.workspaceId }, select: sprintSelect })
    : null;
  if (!sprint) throw new NotFoundError(`Sprint ${id}`);
  return sprint;
}

export async function createSprint(principal: Principal, input: z.input<typeof sprintCreateInput>) {
  authorize(principal, 'managePlanning');
  const data = parseInput(sprintCreateInput, input);
  const db = await prisma();
  const create = () =>
    db.$transaction(async (tx) => {
      const sprint = await tx.sprint.create({
        data: {
          ...data,
          startDate: toDate(data.startDate),
          endDate: toDate(data.endDate),
          workspaceId: principal.workspaceId,
        },
        select: sprintSelect,
      });
      await recordAudit(tx, {
        ...actorOf(principal),
        action: 'sprint.created',
        targetType: 'sprint',
        targetId: sprint.id,
        summary: `Sprint ${sprint.number}: ${sprint.name}`,
      });
      return toView(sprint);
    });
  return createUnique(create, duplicateNumber(data.number));
}

/** The workspace's sprints by number, one page at a time. */
export async function listSprints(
  principal: Principal,
  query: z.input<typeof sprintListQuery> = {},
): Promise<Page<SprintView>> {
  authorize(principal, 'read');
  const { limit, cursor } = parseInput(sprintListQuery, query);
  const { where, ...page } = pageArgs(byNumber, limit, cursor);
  const rows = await (
    await prisma()
  ).sprint.findMany({ ...page, where: { workspaceId: principal.workspaceId, ...where }, select: sprintSelect });
  const { items, nextCursor } = toPage(rows, limit, byNumber);
  return { items: items.map(toView), nextCursor };
}

export async function getSprint(principal: Principal, id: string): Promise<SprintView> {
  authorize(principal, 'read');
  return toView(await findSprint(await prisma(), principal, id));
}

export async function updateSprint(principal: Principal, id: string, input: unknown): Promise<SprintView> {
  authorize(principal, 'managePlanning');
  const data = parseInput(sprintUpdateInput, input);
  if (data.state === 'CLOSED') {
    // Closing moves the unfinished tasks on and records it; only closeSprint does that.
    throw new ValidationError([
      {
        path: 'state',
        message: 'Close a sprint with Close sprint (POST /sprints/{id}/close), which carries its unfinished tasks',
      },
    ]);
  }
  const changed = Object.entries(data).flatMap(([field, value]) => (value === undefined ? [] : [field]));
  const db = await prisma();
  const update = () =>
    db.$transaction(async (tx) => {
      const current = toView(await findSprint(tx, principal, id));
      // A date given alone must still fit the one already stored (null clears a date; undefined keeps it).
      const dates = {
        startDate: data.startDate === undefined ? current.startDate : data.startDate,
        endDate: data.endDate === undefined ? current.endDate : data.endDate,
      };
      if (!datesInOrder(dates)) {
        throw new ValidationError([{ path: 'endDate', message: endAfterStart.error }]);
      }
      const { startDate, endDate, ...fields } = data;
      const sprint = await tx.sprint.update({
        where: { id },
        data: {
          ...fields,
          ...(startDate !== undefined && { startDate: toDate(startDate) }),
          ...(endDate !== undefined && { endDate: toDate(endDate) }),
        },
        select: sprintSelect,
      });
      await recordAudit(tx, {
        ...actorOf(principal),
        action: 'sprint.updated',
        targetType: 'sprint',
        targetId: id,
        summary: `Changed ${changed.join(', ')}`,
      });
      return toView(sprint);
    });
  return createUnique(update, duplicateNumber(data.number));
}

/** Deletes a sprint; its tasks stay and go back to the backlog. */
export async function deleteSprint(principal: Principal, id: string): Promise<void> {
  authorize(principal, 'managePlanning');
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const sprint = await findSprint(tx, principal, id);
    await tx.sprint.delete({ where: { id } });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'sprint.deleted',
      targetType: 'sprint',
      targetId: id,
      summary: `Sprint ${sprint.number}: ${sprint.name}`,
    });
  });
}
