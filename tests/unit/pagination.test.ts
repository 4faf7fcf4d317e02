import { describe, expect, it } from 'vitest';

import { ValidationError } from '@/lib/errors';
import { type OrderKey, pageArgs, toPage } from '@/lib/pagination';

const order: OrderKey[] = [
  { field: 'updatedAt', direction: 'desc', type: 'date' },
  { field: 'number', direction: 'desc', type: 'int' },
];

describe('keyset pagination', () => {
  it('asks for one row more than the page and hands out a cursor only when there is more', () => {
    expect(pageArgs(order, 2, undefined)).toEqual({
      where: {},
      orderBy: [{ updatedAt: 'desc' }, { number: 'desc' }],
      take: 3,
    });
    const rows = [1, 2, 3].map((number) => ({ number, updatedAt: new Date(Date.UTC(2026, 0, number)) }));
    expect(toPage(rows.slice(0, 2), 2, order).nextCursor).toBeNull();
    const page = toPage(rows, 2, order);
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('continues strictly after the last row of the previous page', () => {
    const last = { number: 7, updatedAt: new Date('2026-01-02T00:00:00.000Z') };
    const { nextCursor } = toPage([last, { number: 6, updatedAt: last.updatedAt }], 1, order);
    expect(pageArgs(order, 1, nextCursor ?? undefined).where).toEqual({
      OR: [
        { AND: [{ updatedAt: { lt: last.updatedAt } }] },
        { AND: [{ updatedAt: last.updatedAt }, { number: { lt: 7 } }] },
      ],
    });
  });

  it('refuses cursors it did not issue or issued for another order', () => {
    expect(() => pageArgs(order, 1, 'garbage')).toThrow(ValidationError);
    const other = toPage([{ number: 2 }, { number: 1 }], 1, [{ field: 'number', direction: 'asc', type: 'int' }]);
    expect(() => pageArgs(order, 1, other.nextCursor ?? undefined)).toThrow(/another sort order/);
    const forge = (values: unknown[]) =>
      Buffer.from(JSON.stringify({ s: '-updatedAt,-number', v: values })).toString('base64url');
    expect(() => pageArgs(order, 1, forge(['2026-01-01T00:00:00.000Z', { $ne: 1 }]))).toThrow(ValidationError);
    expect(() => pageArgs(order, 1, forge(['not a date', 1]))).toThrow(ValidationError);
    expect(() => pageArgs(order, 1, forge(['2026-01-01T00:00:00.000Z', 1.5]))).toThrow(ValidationError);
    expect(pageArgs(order, 1, forge(['2026-01-01T00:00:00.000Z', 3])).take).toBe(2);
  });
});
