// Keyset ("cursor") pagination shared by every list: rows are ordered by an allowlisted sort plus the id, and a
// page's cursor holds the last row's sort values, so a page costs one index range scan however deep it is and rows
// added meanwhile never shift or repeat a page. Cursors are opaque to callers (base64url JSON).
import { z } from 'zod';

import { ValidationError } from '@/lib/errors';
import { isUuid } from '@/lib/schemas';

export const MAX_PAGE_SIZE = 200;

export const pageQueryShape = {
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` })
    .default(50),
  cursor: z.string().max(1000).optional(),
};

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface OrderKey {
  field: string;
  direction: 'asc' | 'desc';
  /** How a cursor value is checked and passed on: a forged cursor must fail as a 422, never reach the database. */
  type: 'date' | 'uuid' | 'int' | 'text';
}

function cursorValue(value: unknown, type: OrderKey['type']): unknown {
  switch (type) {
    case 'date': {
      const date = typeof value === 'string' ? new Date(value) : undefined;
      return date && !Number.isNaN(date.getTime()) ? date : undefined;
    }
    case 'uuid':
      return typeof value === 'string' && isUuid(value) ? value : undefined;
    case 'int':
      return Number.isSafeInteger(value) ? value : undefined;
    case 'text':
      return typeof value === 'string' ? value : undefined;
  }
}

function signature(order: OrderKey[]): string {
  if (order.length === 1 && order[0]?.field === 'offset') return 'offset';
  return order.map((key) => `${key.direction === 'desc' ? '-' : ''}${key.field}`).join(',');
}

function decodeCursor(cursor: string, order: OrderKey[]): unknown[] {
  const invalid = (message: string) => new ValidationError([{ path: 'cursor', message }]);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('is not a cursor this API returned');
  }
  const { s, v } = (decoded ?? {}) as { s?: unknown; v?: unknown };
  if (s !== signature(order)) throw invalid('belongs to another sort order; start again without a cursor');
  if (!Array.isArray(v) || v.length !== order.length) throw invalid('is not a cursor this API returned');
  const values = order.map((key, index) => cursorValue(v[index], key.type));
  if (values.includes(undefined)) throw invalid('is not a cursor this API returned');
  return values;
}

/** `where`, `orderBy` and `take` for a page of rows in `order` (its last key must be unique), after `cursor`. */
export function pageArgs(order: OrderKey[], limit: number, cursor: string | undefined) {
  const orderBy = order.map((key) => ({ [key.field]: key.direction }));
  if (!cursor) return { where: {}, orderBy, take: limit + 1 };
  const values = decodeCursor(cursor, order);
  const after = order.map((key, index) => ({
    AND: [
      ...order.slice(0, index).map((previous, at) => ({ [previous.field]: values[at] })),
      { [key.field]: { [key.direction === 'asc' ? 'gt' : 'lt']: values[index] } },
    ],
  }));
  return { where: { OR: after }, orderBy, take: limit + 1 };
}

/** Turns the `limit + 1` rows `pageArgs` asked for into a page and the next page's cursor. */
export function toPage<T extends object>(rows: T[], limit: number, order: OrderKey[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1] as Record<string, unknown> | undefined;
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  const values = order.map((key) => {
    const value = last[key.field];
    return value instanceof Date ? value.toISOString() : value;
  });
  return { items, nextCursor: Buffer.from(JSON.stringify({ s: signature(order), v: values })).toString('base64url') };
}

/** For orders that are not a sort of stored columns (search relevance): the cursor is the next row's offset. */
export function offsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ s: 'offset', v: [offset] })).toString('base64url');
}

export function readOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const [offset] = decodeCursor(cursor, [{ field: 'offset', direction: 'asc', type: 'int' }]);
  return Math.max(0, Number(offset));
}
