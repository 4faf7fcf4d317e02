// How a form shows each field of a list item, read from the item's zod schema (the same schema the service parses
// with): booleans are checkboxes, enums are selects, long free text is a text area, the rest one line.
import type { z } from 'zod';

import { MAX_TEXT } from '@/lib/tasks/section-items';

export type FieldKind =
  | { kind: 'checkbox' }
  | { kind: 'select'; options: string[]; isNullable: boolean }
  | { kind: 'textarea' }
  | { kind: 'line' };

interface Def {
  type: string;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>;
}

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def;
}

export function fieldKind(schema: z.ZodType, isNullable = false): FieldKind {
  const def = defOf(schema);
  if (def.type === 'default' || def.type === 'optional') return fieldKind(def.innerType as z.ZodType, isNullable);
  if (def.type === 'nullable') return fieldKind(def.innerType as z.ZodType, true);
  if (def.type === 'boolean') return { kind: 'checkbox' };
  if (def.type === 'enum') return { kind: 'select', options: Object.values(def.entries ?? {}), isNullable };
  const maximum = def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
  return maximum !== undefined && maximum >= MAX_TEXT ? { kind: 'textarea' } : { kind: 'line' };
}

const labels: Record<string, string> = {
  path: 'File or module',
  changeType: 'Type',
  isDone: 'Done',
  estimatedTime: 'Estimated time',
  text: 'Text',
};

/** `estimatedTime` -> `Estimated time`. */
export function fieldLabel(field: string): string {
  return (
    labels[field] ??
    field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/^./, (first) => first.toUpperCase())
  );
}
