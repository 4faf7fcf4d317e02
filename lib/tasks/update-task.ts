// Changes a task's metadata (title, status, assignee, feature, sprint, estimates, dates). Writers to one task
// queue on its row lock; `expectedVersion` turns a stale write into a conflict instead of an overwrite.
import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { ConflictError, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

import { toDate } from './task-dates';
import { type TaskDocument, type TaskDocumentRow, toIsoDate, toTaskDocument } from './task-document';
import { findTaskRow, lockTaskRow } from './task-lookup';
import { assertReferencesInWorkspace, rankAtEnd } from './task-references';
import { taskUpdateInput } from './task-schemas';

export interface WriteOptions {
  /** The version the caller last read; the write is refused if the task has moved on since. */
  expectedVersion?: number;
}

type Tx = Prisma.TransactionClient;

/** Locks the task, checks the caller's expected version, and hands the row to `write`. */
export async function withLockedTask<T>(
  principal: Principal,
  ref: string,
  options: WriteOptions,
  write: (tx: Tx, row: TaskDocumentRow) => Promise<T>,
): Promise<T> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const row = await lockTaskRow(tx, principal, ref);
    if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
      throw new ConflictError(
        `Task was changed by someone else (you have version ${options.expectedVersion}, it is now ${row.version}). Reload and apply your change again.`,
      );
    }
    return write(tx, row);
  });
}

/** Marks the task's content as changed: one version step and a new updatedAt, whatever was edited. */
export async function bumpVersion(tx: Tx, taskId: string, data: Prisma.TaskUncheckedUpdateInput = {}): Promise<void> {
  await tx.task.update({ where: { id: taskId }, data: { ...data, version: { increment: 1 }, updatedAt: new Date() } });
}

export async function updateTask(
  principal: Principal,
  ref: string,
  input: unknown,
  options: WriteOptions = {},
): Promise<TaskDocument> {
  authorize(principal, 'writeTasks');
  const data = parseInput(taskUpdateInput, input);
  return withLockedTask(principal, ref, options, async (tx, row) => {
    const current: Record<string, unknown> = {
      ...row,
      reviewDate: toIsoDate(row.reviewDate),
      completionTarget: toIsoDate(row.completionTarget),
    };
    const changes = Object.fromEntries(Object.entries(data).filter(([field, value]) => current[field] !== value));
    if (Object.keys(changes).length === 0) return toTaskDocument(row);
    await assertReferencesInWorkspace(tx, principal.workspaceId, changes);
    const { reviewDate, completionTarget, ...fields } = changes as typeof data;
    await bumpVersion(tx, row.id, {
      ...fields,
      ...(reviewDate !== undefined && { reviewDate: toDate(reviewDate) }),
      ...(completionTarget !== undefined && { completionTarget: toDate(completionTarget) }),
      ...(fields.status !== undefined && { rank: await rankAtEnd(tx, principal.workspaceId, fields.status) }),
    });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'task.updated',
      targetType: 'task',
      targetId: row.id,
      summary: `Changed ${Object.keys(changes).join(', ')}`,
    });
    return toTaskDocument(await findTaskRow(tx, principal, row.id));
  });
}
