// zod schemas for the items of the task template's list sections. Shared by the service, forms and the API;
// `id` is optional on input (absent = new item) and always present on output.
import { z } from 'zod';

import { ChangeType, ReferenceKind } from '@/lib/generated/prisma/enums';
import { requiredLine } from '@/lib/schemas';

export const MAX_TEXT = 20_000;
export const MAX_ITEMS = 200;

/** Free text (Markdown allowed); empty when absent. */
export const longText = z
  .string()
  .max(MAX_TEXT, { error: `must be at most ${MAX_TEXT} characters` })
  .default('');

const itemId = z.uuid({ error: 'must be the id of an existing item' }).optional();

export const checklistItem = z.strictObject({
  id: itemId,
  text: requiredLine('Text'),
  isDone: z.boolean().default(false),
});

export const namedItem = z.strictObject({
  id: itemId,
  name: requiredLine('Name'),
  description: longText,
});

export const codeChangeItem = z.strictObject({
  id: itemId,
  path: requiredLine('File or module'),
  summary: longText,
  changeType: z.enum(ChangeType).nullable().default(null),
  details: longText,
});

export const developmentStepItem = z.strictObject({
  id: itemId,
  title: requiredLine('Title'),
  description: longText,
  estimatedTime: z.string().trim().max(100).default(''),
  dependencies: longText,
  notes: longText,
});

export const codeBlockItem = z.strictObject({
  id: itemId,
  language: z
    .string()
    .trim()
    .max(40)
    .regex(/^[\w+#.-]*$/, { error: 'Language must be a single word such as typescript or http' })
    .default(''),
  code: z.string().min(1, { error: 'Code is required' }).max(MAX_TEXT),
});

export const unitTestCaseItem = z.strictObject({
  id: itemId,
  title: requiredLine('Title'),
  description: longText,
  given: longText,
  when: longText,
  then: longText,
});

export const integrationTestCaseItem = z.strictObject({
  id: itemId,
  title: requiredLine('Title'),
  description: longText,
  setup: longText,
  steps: longText,
  validation: longText,
});

export const scenarioItem = z.strictObject({
  id: itemId,
  name: requiredLine('Name'),
  handling: longText,
});

const riskBase = { id: itemId, name: requiredLine('Risk'), description: longText };
export const technicalRiskItem = z.strictObject({ ...riskBase, mitigation: longText, contingency: longText });
export const performanceRiskItem = z.strictObject({ ...riskBase, monitoring: longText, optimization: longText });
export const securityRiskItem = z.strictObject({ ...riskBase, requirements: longText, validation: longText });

export const deploymentStepItem = z.strictObject({
  id: itemId,
  title: requiredLine('Step'),
  description: longText,
});

export const implementationNoteItem = z.strictObject({
  id: itemId,
  text: requiredLine('Note', MAX_TEXT),
});

export const referenceItem = z
  .strictObject({
    id: itemId,
    kind: z.enum(ReferenceKind),
    label: z.string().trim().max(100).default(''),
    value: requiredLine('Link or description', 2000),
  })
  .refine((item) => item.kind !== 'OTHER' || item.label !== '', {
    error: 'Label is required for other references',
    path: ['label'],
  });

/** A link to another task of the same workspace, by the task's id. */
export const prerequisiteItem = z.strictObject({
  taskId: z.uuid({ error: 'must be a task id' }),
  description: longText,
});

export const taskIdList = z
  .array(z.uuid({ error: 'must be a task id' }))
  .max(MAX_ITEMS)
  .default([]);

/**
 * The item schema with its `id` required (output), left out (the body adding one item), or left out with every
 * field optional (a patch of one item). zod refuses `.omit()` and friends on refined objects, so the shape is
 * rebuilt and the item's own checks carried over (a patch is checked once merged with the item it changes).
 */
export function itemVariant(item: z.ZodObject, variant: 'withId' | 'withoutId' | 'patch'): z.ZodObject {
  const { id: _id, ...fields } = item.shape;
  if (variant === 'patch') {
    return z.strictObject(Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.optional()])));
  }
  const shape = variant === 'withId' ? { id: z.uuid(), ...fields } : fields;
  // The checks were written for this very shape, so they apply unchanged.
  const checks = (item._zod.def.checks ?? []) as Array<z.core.$ZodCheck<Record<string, unknown>>>;
  return z.strictObject(shape).check(...checks);
}
