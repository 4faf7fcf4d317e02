// Finding a task for a principal: by key (TASK-41) or id, always inside the principal's workspace, so another
// workspace's task answers "not found" exactly like a task that does not exist.
import type { Principal } from '@/lib/auth/principal';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUuid } from '@/lib/schemas';

import { taskDocumentInclude, type TaskDocumentRow } from './task-document';
import { parseTaskKey } from './task-key';

type Tx = Prisma.TransactionClient;

/** Where-clause for `ref` (key or id) in the principal's workspace; undefined when `ref` cannot name a task. */
export function taskRefWhere(principal: Principal, ref: string): Prisma.TaskWhereInput | undefined {
  if (isUuid(ref)) return { workspaceId: principal.workspaceId, id: ref.toLowerCase() };
  const key = parseTaskKey(ref);
  if (!key) return undefined;
  return { workspaceId: principal.workspaceId, number: key.number, workspace: { keyPrefix: key.prefix } };
}

export async function findTaskRow(tx: Tx, principal: Principal, ref: string): Promise<TaskDocumentRow> {
  const where = taskRefWhere(principal, ref);
  const row = where
    ? await tx.task.findFirst({ where, include: taskDocumentInclude, relationLoadStrategy: 'join' })
    : null;
  if (!row) throw new NotFoundError(`Task ${ref}`);
  return row;
}

/**
 * Locks the task row for the rest of the transaction (writers to one task queue up) and loads it. NO KEY UPDATE,
 * because links to the task only need a key-share lock on it: linking never waits for an edit of the target.
 */
export async function lockTaskRow(tx: Tx, principal: Principal, ref: string): Promise<TaskDocumentRow> {
  const where = taskRefWhere(principal, ref);
  const target = where ? await tx.task.findFirst({ where, select: { id: true } }) : null;
  if (!target) throw new NotFoundError(`Task ${ref}`);
  await tx.$executeRaw`SELECT 1 FROM "Task" WHERE id = ${target.id}::uuid FOR NO KEY UPDATE`;
  return findTaskRow(tx, principal, target.id);
}
