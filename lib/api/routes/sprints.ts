// /sprints: numbered iterations; a task's "Sprint" in the template is the sprint number.
import { z } from 'zod';

import { SprintState } from '@/lib/generated/prisma/enums';
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

import { crudRoutes } from './crud';

export const sprintRoutes = crudRoutes({
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
});
