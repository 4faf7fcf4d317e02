// Changes a task's metadata (title, status, assignee, feature, sprint, estimates, dates). Writers to one task
// queue on its row lock; `ifMatch` turns a stale write into a refused precondition instead of an overwrite.
import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput, PreconditionFailedError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskStatus } from '@/lib/generated/prisma/enums';

import { checkStatusChange } from './status-rules';
import { toDate } from './task-dates';
import { type TaskDocument, type TaskDocumentRow, toIsoDate, toTaskDocument } from './task-document';
import { taskEtag } from './task-etag';
import { lockWorkspaceLinks } from './task-links';
import { findTaskRow, lockTaskRow } from './task-lookup';
import { assertReferencesInWorkspace, rankAtEnd } from './task-references';
import { taskUpdateInput } from './task-schemas';
import { tasksChanged } from './tasks-changed';

export interface WriteOptions {
  /**
   * ETags the caller read (an HTTP If-Match list; `*` matches anything). The write is refused, changing nothing,
   * unless one of them is still current.
   */
  ifMatch?: string[];
}

type Tx = Prisma.TransactionClient;

/**
 * Locks the task, checks the caller's If-Match against the ETags `current` gives for the locked row, and hands the
 * row to `write`. Checking under the lock is what makes "exactly one of two writers with the same ETag wins".
 */
export async function withLockedTask<T>(
  principal: Principal,
  ref: string,
  options: WriteOptions & {
    current?: (row: TaskDocumentRow) => string[];
    what?: string;
    /**
     * The write may change links, and so refresh the tasks at their other ends: take the workspace's link lock before
     * this task's row, the order every such writer uses, so two of them linking each other's tasks cannot deadlock.
     */
    linksFirst?: boolean;
  },
  write: (tx: Tx, row: TaskDocumentRow) => Promise<T>,
): Promise<T> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    if (options.linksFirst) await lockWorkspaceLinks(tx, principal.workspaceId);
    const row = await lockTaskRow(tx, principal, ref);
    const { ifMatch } = options;
    if (ifMatch && !ifMatch.includes('*')) {
      const current = (options.current ?? ((locked) => [taskEtag(locked)]))(row);
      if (!ifMatch.some((tag) => current.includes(tag))) throw new PreconditionFailedError(options.what ?? 'The task');
    }
    return write(tx, row);
  });
}

/** Marks the task's content as changed: one version step, a new updatedAt and fresh derived columns. */
export async function bumpVersion(tx: Tx, taskId: string, data: Prisma.TaskUncheckedUpdateInput = {}): Promise<void> {
  await tx.task.update({ where: { id: taskId }, data: { ...data, version: { increment: 1 }, updatedAt: new Date() } });
  await tasksChanged(tx, [taskId]);
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
    if (changes.status !== undefined) {
      const sprintId = 'sprintId' in changes ? (changes.sprintId as string | null) : row.sprintId;
      await checkStatusChange(tx, { ...row, sprintId }, changes.status as TaskStatus);
    }
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
