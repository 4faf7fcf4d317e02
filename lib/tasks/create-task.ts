// Creates a task with as much of its document as the caller gives, in one transaction. The key number comes from
// the workspace's counter under a row lock: concurrent creates queue on it, so keys have no gaps or duplicates.
import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

import { resolvePendingLinks } from './pending-links';
import { writeTaskSections } from './section-writer';
import { type SectionsInput } from './sections';
import { toDate } from './task-dates';
import { type TaskDocument, type TaskDocumentRow, toTaskDocument } from './task-document';
import { findTaskRow } from './task-lookup';
import { assertReferencesInWorkspace, rankAtEnd } from './task-references';
import { defaultChecklists, taskCreateInput } from './task-schemas';
import { tasksChanged } from './tasks-changed';

type Tx = Prisma.TransactionClient;

function withDefaultChecklists(sections: SectionsInput): SectionsInput {
  const defaults = Object.fromEntries(
    Object.entries(defaultChecklists).map(([key, texts]) => [key, { items: texts.map((text) => ({ text })) }]),
  );
  return { ...defaults, ...sections };
}

/**
 * Inserts a task inside the caller's transaction and returns its row. `withDefaults` adds the template's default
 * checklists to sections the input leaves out (a new task); an imported document is taken as it is.
 */
export async function insertTask(
  tx: Tx,
  principal: Principal,
  input: unknown,
  options: { withDefaults: boolean; extra?: { assigneeName?: string; createdAt?: Date; updatedAt?: Date } },
): Promise<TaskDocumentRow> {
  const data = parseInput(taskCreateInput, input);
  await assertReferencesInWorkspace(tx, principal.workspaceId, data);
  const { taskCounter } = await tx.workspace.update({
    where: { id: principal.workspaceId },
    data: { taskCounter: { increment: 1 } },
    select: { taskCounter: true },
  });
  const { sections, reviewDate, completionTarget, ...fields } = data;
  const task = await tx.task.create({
    data: {
      ...fields,
      ...options.extra,
      workspaceId: principal.workspaceId,
      number: taskCounter,
      reviewDate: toDate(reviewDate),
      completionTarget: toDate(completionTarget),
      createdById: principal.userId,
      rank: await rankAtEnd(tx, principal.workspaceId, data.status),
    },
    select: { id: true },
  });
  const row = await findTaskRow(tx, principal, task.id);
  await writeTaskSections(tx, row, options.withDefaults ? withDefaultChecklists(sections) : sections);
  await resolvePendingLinks(tx, principal.workspaceId, row);
  await tasksChanged(tx, [task.id]);
  await recordAudit(tx, {
    ...actorOf(principal),
    action: 'task.created',
    targetType: 'task',
    targetId: task.id,
    summary: `${row.workspace.keyPrefix}-${row.number}: ${row.title}`,
  });
  return findTaskRow(tx, principal, task.id);
}

export async function createTask(principal: Principal, input: unknown): Promise<TaskDocument> {
  authorize(principal, 'writeTasks');
  const db = await prisma();
  return toTaskDocument(await db.$transaction((tx) => insertTask(tx, principal, input, { withDefaults: true })));
}
