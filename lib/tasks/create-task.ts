// Creates a task with as much of its document as the caller gives, in one transaction. The key number comes from
// the workspace's counter under a row lock: concurrent creates queue on it, so keys have no gaps or duplicates.
import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';

import { writeTaskSections } from './section-writer';
import { type SectionsInput } from './sections';
import { toDate } from './task-dates';
import { type TaskDocument, toTaskDocument } from './task-document';
import { findTaskRow } from './task-lookup';
import { assertReferencesInWorkspace, rankAtEnd } from './task-references';
import { defaultChecklists, taskCreateInput } from './task-schemas';

function withDefaultChecklists(sections: SectionsInput): SectionsInput {
  const defaults = Object.fromEntries(
    Object.entries(defaultChecklists).map(([key, texts]) => [key, { items: texts.map((text) => ({ text })) }]),
  );
  return { ...defaults, ...sections };
}

export async function createTask(principal: Principal, input: unknown): Promise<TaskDocument> {
  authorize(principal, 'writeTasks');
  const data = parseInput(taskCreateInput, input);
  const db = await prisma();
  return db.$transaction(async (tx) => {
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
    const changed = await writeTaskSections(tx, row, withDefaultChecklists(sections));
    const document = toTaskDocument(changed ? await findTaskRow(tx, principal, task.id) : row);
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'task.created',
      targetType: 'task',
      targetId: task.id,
      summary: `${document.key}: ${document.title}`,
    });
    return document;
  });
}
