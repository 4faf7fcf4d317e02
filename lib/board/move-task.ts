// Moves a card on a board: to a status column and between two neighbours. The new rank is a fractional key between
// theirs, so one row changes, never the whole column. A move made from a stale board (the task changed since) is
// refused rather than applied over someone else's change.
import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { parseInput, PreconditionFailedError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { TaskStatus } from '@/lib/generated/prisma/enums';
import { statusLabels } from '@/lib/markdown/task-format';
import { checkStatusChange, lockColumn } from '@/lib/tasks/status-rules';
import { taskRefWhere } from '@/lib/tasks/task-lookup';
import { rankAtEnd } from '@/lib/tasks/task-references';
import { bumpVersion, withLockedTask } from '@/lib/tasks/update-task';

import { type BoardCard, boardCardSchema, cardSelect, toCard } from './board';

type Tx = Prisma.TransactionClient;

const neighbour = z.string().min(1).max(64).nullable().optional();

export const moveInput = z.strictObject({
  status: z.enum(TaskStatus, { error: `must be one of ${Object.values(TaskStatus).join(', ')}` }),
  after: neighbour.meta({ description: 'Key of the card it lands below; with `before` null, the bottom' }),
  before: neighbour.meta({
    description: 'Key of the card it lands above; with `after` null, the top. Neither: the end',
  }),
  version: z.int().meta({ description: 'The version the board showed; a task changed since is not moved (412)' }),
});

export const moveResultSchema = z
  .object({ card: boardCardSchema, warnings: z.array(z.string()) })
  .meta({ id: 'MoveResult' });
export type MoveResult = { card: BoardCard; warnings: string[] };

async function rankOf(tx: Tx, principal: Principal, key: string | null | undefined, path: string) {
  if (!key) return null;
  const where = taskRefWhere(principal, key);
  const found = where && (await tx.task.findFirst({ where, select: { rank: true } }));
  if (!found) throw new ValidationError([{ path, message: `No task ${key} in this workspace` }]);
  return found.rank;
}

export async function moveTask(principal: Principal, ref: string, input: unknown): Promise<MoveResult> {
  authorize(principal, 'writeTasks');
  const data = parseInput(moveInput, input);
  return withLockedTask(principal, ref, {}, async (tx, row) => {
    if (row.version !== data.version) throw new PreconditionFailedError('The task');
    const warnings = data.status === row.status ? [] : await checkStatusChange(tx, row, data.status);
    await lockColumn(tx, principal.workspaceId, data.status);
    const after = await rankOf(tx, principal, data.after, 'after');
    const before = await rankOf(tx, principal, data.before, 'before');
    let rank: string;
    try {
      // No neighbours named (a tool changing only the status): the end of the column.
      rank =
        after === null && before === null
          ? await rankAtEnd(tx, principal.workspaceId, data.status)
          : generateKeyBetween(after, before);
    } catch {
      // Neighbours out of order (the board was stale): the end of the column is still a valid place.
      rank = await rankAtEnd(tx, principal.workspaceId, data.status);
    }
    await bumpVersion(tx, row.id, { status: data.status, rank });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'task.updated',
      targetType: 'task',
      targetId: row.id,
      summary: data.status === row.status ? 'Moved on the board' : `Moved to ${statusLabels[data.status]} on the board`,
    });
    const moved = await tx.task.findUniqueOrThrow({ where: { id: row.id }, select: cardSelect });
    return { card: toCard(row.workspace.keyPrefix, moved), warnings };
  });
}
