// The shape of a task document as the API returns it, derived from the section registry like everything else, so
// the OpenAPI document describes exactly what toTaskDocument produces (the contract tests parse responses with it).
import { z } from 'zod';

import { TaskStatus } from '@/lib/generated/prisma/enums';

import { itemVariant } from './section-items';
import { type SectionKey, sectionKeys, sectionParts, sectionRegistry } from './sections';

const linkedTask = z.object({
  taskId: z.uuid(),
  key: z.string(),
  title: z.string(),
  status: z.enum(TaskStatus),
});
const prerequisiteLink = linkedTask.extend({ description: z.string() });

function sectionOutput(key: SectionKey) {
  const shape = Object.fromEntries(
    sectionParts(key).map(([name, part]) => {
      if (part.type === 'text') return [name, z.string()];
      if (part.type === 'list') return [name, z.array(itemVariant(part.item, 'withId'))];
      return [name, z.array(part.set === 'prerequisites' ? prerequisiteLink : linkedTask)];
    }),
  );
  return z.strictObject(shape).meta({ title: sectionRegistry[key].title });
}

export const sectionOutputSchemas = Object.fromEntries(sectionKeys.map((key) => [key, sectionOutput(key)])) as Record<
  SectionKey,
  z.ZodObject
>;

export const linkedTaskOutput = linkedTask.meta({ id: 'LinkedTask' });

export const taskDocumentOutput = z
  .strictObject({
    id: z.uuid(),
    key: z.string().meta({ example: 'TASK-41' }),
    number: z.number().int(),
    title: z.string(),
    status: z.enum(TaskStatus),
    assignee: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    assigneeName: z
      .string()
      .nullable()
      .meta({ description: 'An assignee an imported document named who is not a member (not linked)' }),
    feature: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    sprint: z.object({ id: z.uuid(), number: z.number().int(), name: z.string() }).nullable(),
    estimatePoints: z.number().nullable(),
    estimateHours: z.number().nullable(),
    reviewDate: z.string().nullable(),
    completionTarget: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    completeness: z
      .object({
        filled: z.number().int(),
        applicable: z.number().int(),
        percent: z.number().int().min(0).max(100),
        missing: z.array(z.enum(sectionKeys)).meta({ description: 'Sections that apply to this task and are empty' }),
      })
      .meta({
        description:
          'How much of the document is filled: sections with content over sections that apply (optional sections apply once filled)',
      }),
    sections: z.strictObject(sectionOutputSchemas),
    pendingLinks: z
      .array(
        z.object({
          set: z.enum(['prerequisites', 'blockedBy', 'blocks', 'related']),
          key: z.string(),
          description: z.string(),
          position: z.number().int(),
        }),
      )
      .meta({ description: 'Links an imported document named by a key no task has yet; linked once it exists' }),
  })
  .meta({ id: 'TaskDocument' });

export const taskListItemOutput = z
  .strictObject({
    id: z.uuid(),
    key: z.string(),
    title: z.string(),
    status: z.enum(TaskStatus),
    assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    feature: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    sprint: z.object({ id: z.uuid(), number: z.number().int(), name: z.string() }).nullable(),
    estimatePoints: z.number().nullable(),
    estimateHours: z.number().nullable(),
    completeness: z.number().int().min(0).max(100).meta({ description: 'Percent of the applicable sections filled' }),
    unfinishedBlockers: z.number().int().meta({ description: 'Prerequisite and blocking tasks that are not Done yet' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TaskListItem' });
