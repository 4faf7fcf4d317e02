// zod building blocks shared by every domain's input schemas, so the same kind of field fails the same way.
import { z } from 'zod';

/** A short text that must be present, e.g. a name, a criterion or a step title. */
export function requiredLine(label: string, max = 500) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });
}

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z.iso.date({ error: 'must be a date in the form YYYY-MM-DD' });

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be a row id; anything else cannot name a row, so lookups answer "not found" without a query. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
