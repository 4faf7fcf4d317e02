// Inputs for creating a task and changing its metadata (status, assignee, sprint, ...). Section contents have their
// own schemas in sections.ts.
import { z } from 'zod';

import { TaskStatus } from '@/lib/generated/prisma/enums';
import { isoDate, requiredLine } from '@/lib/schemas';

import { sectionsInput } from './sections';

const estimate = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must not be negative' })
  .max(10_000, { error: 'must be at most 10000' });
const reference = (what: string) => z.uuid({ error: `must be the id of a ${what}` });

export const taskMetadataShape = {
  title: requiredLine('Title', 200),
  status: z.enum(TaskStatus, { error: `must be one of ${Object.values(TaskStatus).join(', ')}` }),
  assigneeId: reference('workspace member').nullable(),
  featureId: reference('feature').nullable(),
  sprintId: reference('sprint').nullable(),
  estimatePoints: estimate.nullable(),
  estimateHours: estimate.nullable(),
  reviewDate: isoDate.nullable(),
  completionTarget: isoDate.nullable(),
};

export const taskCreateInput = z.strictObject({
  title: taskMetadataShape.title,
  status: taskMetadataShape.status.default('TODO'),
  assigneeId: taskMetadataShape.assigneeId.default(null),
  featureId: taskMetadataShape.featureId.default(null),
  sprintId: taskMetadataShape.sprintId.default(null),
  estimatePoints: taskMetadataShape.estimatePoints.default(null),
  estimateHours: taskMetadataShape.estimateHours.default(null),
  reviewDate: taskMetadataShape.reviewDate.default(null),
  completionTarget: taskMetadataShape.completionTarget.default(null),
  sections: sectionsInput.default({}),
});
export type TaskCreateInput = z.input<typeof taskCreateInput>;

export const taskUpdateInput = z
  .strictObject(taskMetadataShape)
  .partial()
  .refine((input) => Object.keys(input).length > 0, { error: 'Nothing to update: give at least one field' });
export type TaskUpdateInput = z.input<typeof taskUpdateInput>;

/** Template defaults a new task starts with when the caller gives no items for these checklists. */
export const defaultChecklists = {
  definitionOfDone: [
    'Code implemented and tested',
    'Code reviewed and approved',
    'Documentation updated (if needed)',
    'Deployed to appropriate environment',
  ],
  functionalSuccess: ['All acceptance criteria met', 'All test cases passing', 'No critical bugs identified'],
  technicalSuccess: ['Code follows team standards', 'Performance requirements met', 'Security requirements satisfied'],
  processSuccess: ['Code reviewed and approved', 'Documentation updated', 'Deployed successfully'],
} as const;
