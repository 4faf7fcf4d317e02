// /sprints: numbered iterations; a task's "Sprint" in the template is the sprint number.
import { z } from 'zod';

import { SprintState } from '@/lib/generated/prisma/enums';
import { closeSprint, closeSprintInput, closeSprintResult } from '@/lib/sprints/close-sprint';
import {
  createSprint,
  deleteSprint,
  getSprint,
  listSprints,
  sprintCreateInput,
  sprintListQuery,
  sprintUpdateInput,
  updateSprint,
} from '@/lib/sprints/sprints';

import { defineRoute } from '../define-route';
import { idParam } from './common';
import { crudRoutes } from './crud';

export const sprintRoutes = [
  ...crudRoutes({
    tag: 'Sprints',
    path: '/sprints',
    name: 'Sprint',
    output: z.object({
      id: z.uuid(),
      number: z.number().int(),
      name: z.string(),
      goal: z.string(),
      startDate: z.iso.date().nullable(),
      endDate: z.iso.date().nullable(),
      state: z.enum(SprintState),
      capacityPoints: z.number().nullable(),
      capacityHours: z.number().nullable(),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    }),
    listQuery: sprintListQuery,
    listDescription: 'A page of sprints, by number',
    createInput: sprintCreateInput,
    updateInput: sprintUpdateInput,
    writeDescription: 'Managers and admins.',
    deleteDescription: 'Its tasks are kept and go back to the backlog.',
    list: listSprints,
    create: createSprint,
    get: getSprint,
    update: updateSprint,
    remove: deleteSprint,
  }),
  // POST /sprints/{id}/close
  defineRoute({
    method: 'POST',
    path: '/sprints/{id}/close',
    operationId: 'closeSprint',
    summary: 'Close a sprint, carrying its unfinished tasks',
    description:
      'Managers and admins. Tasks not Done move to `carryTo` (another open sprint, or `backlog`); each carry-over is recorded. 409 when the sprint is already closed.',
    tag: 'Sprints',
    params: z.object({ id: idParam('sprint') }),
    body: closeSprintInput,
    response: { status: 200, description: 'The keys of the tasks carried over', schema: closeSprintResult },
    handle: async ({ principal, params, body }) => ({ body: await closeSprint(principal, params.id, body) }),
  }),
];
