// Sprints: numbered per workspace; a task's "Sprint" in the template is the sprint number.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { createUnique } from '@/lib/db/unique-violation';
import { ConflictError, parseInput } from '@/lib/errors';
import { SprintState } from '@/lib/generated/prisma/enums';
import { isoDate, requiredLine } from '@/lib/schemas';
import { toDate } from '@/lib/tasks/task-dates';

export const sprintCreateInput = z
  .strictObject({
    number: z.number().int().min(1).max(1_000_000),
    name: requiredLine('Name', 200),
    goal: z.string().max(20_000).default(''),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
    state: z.enum(SprintState).default('PLANNED'),
  })
  .refine((sprint) => !sprint.startDate || !sprint.endDate || sprint.startDate <= sprint.endDate, {
    error: 'End date must not be before the start date',
    path: ['endDate'],
  });

export async function createSprint(principal: Principal, input: z.input<typeof sprintCreateInput>) {
  authorize(principal, 'managePlanning');
  const data = parseInput(sprintCreateInput, input);
  const db = await prisma();
  const create = () =>
    db.sprint.create({
      data: {
        ...data,
        startDate: toDate(data.startDate),
        endDate: toDate(data.endDate),
        workspaceId: principal.workspaceId,
      },
    });
  return createUnique(create, () => new ConflictError(`Sprint ${data.number} already exists`));
}

export async function listSprints(principal: Principal) {
  authorize(principal, 'read');
  return (await prisma()).sprint.findMany({
    where: { workspaceId: principal.workspaceId },
    orderBy: { number: 'asc' },
  });
}
