// Pieces the route modules share: path parameters, list envelopes and response helpers.
import { z } from 'zod';

import type { Page } from '@/lib/pagination';

import type { ApiResult } from '../define-route';

export const taskRef = z
  .string()
  .min(1)
  .max(100)
  .meta({ description: 'Task key (`TASK-41`) or id', example: 'TASK-41' });
export const taskParams = z.object({ key: taskRef });
export const idParam = (what: string) => z.uuid().meta({ description: `Id of the ${what}` });

/** A page of `item`s as every list endpoint returns it. */
export function pageOf(item: z.ZodType, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last' }),
    })
    .meta({ id });
}

export function pageResult<T>(page: Page<T>): ApiResult {
  return { body: { data: page.items, nextCursor: page.nextCursor }, nextCursor: page.nextCursor };
}
