// Creating a task from a Markdown document, and replacing a task's document from Markdown (how an agent or an
// editor edits a task as a file). Parse errors name their lines and write nothing; a dry run does the whole
// import in a transaction it then rolls back, so its warnings are exactly the real import's.
import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ParsedTask, ParseIssue } from '@/lib/markdown/parse-state';
import { parseTaskMarkdown } from '@/lib/markdown/parse-task';
import { type ResolvedReferences, resolveReferences } from '@/lib/markdown/resolve-references';

import { insertTask } from './create-task';
import { writeTaskSections } from './section-writer';
import { sectionKeys, sectionSchemas } from './sections';
import { toDate } from './task-dates';
import { type TaskDocument, type TaskDocumentRow, toTaskDocument } from './task-document';
import { taskEtag } from './task-etag';
import { findTaskRow } from './task-lookup';
import { markdownOf } from './task-markdown';
import { rankAtEnd } from './task-references';
import { tasksChanged } from './tasks-changed';
import { withLockedTask, type WriteOptions } from './update-task';

type Tx = Prisma.TransactionClient;

export interface ImportResult {
  task: TaskDocument;
  warnings: ParseIssue[];
}

function parseOrRefuse(markdown: string): { task: ParsedTask; warnings: ParseIssue[] } {
  const { task, warnings, errors } = parseTaskMarkdown(markdown);
  if (!task || errors.length > 0) {
    throw new ValidationError(
      errors.map((error) => ({ path: error.path || `line ${error.line}`, message: error.message })),
      errors.map((error) => error.message).join('; '),
    );
  }
  return { task, warnings };
}

function documentInput(task: ParsedTask, refs: ResolvedReferences) {
  const linked = (set: string) => refs.links.filter((link) => link.set === set);
  return {
    title: task.title,
    status: task.status,
    assigneeId: refs.assigneeId,
    featureId: refs.featureId,
    sprintId: refs.sprintId,
    estimatePoints: task.estimatePoints,
    estimateHours: task.estimateHours,
    reviewDate: task.reviewDate,
    completionTarget: task.completionTarget,
    sections: {
      ...task.sections,
      prerequisiteTasks: {
        items: linked('prerequisites').map(({ taskId, description }) => ({ taskId, description })),
      },
      relatedTasks: {
        blockedBy: linked('blockedBy').map((link) => link.taskId),
        blocks: linked('blocks').map((link) => link.taskId),
        related: linked('related').map((link) => link.taskId),
      },
    },
  };
}

async function savePendingLinks(tx: Tx, row: TaskDocumentRow, refs: ResolvedReferences): Promise<void> {
  await tx.pendingTaskLink.deleteMany({ where: { taskId: row.id } });
  if (refs.pending.length === 0) return;
  await tx.pendingTaskLink.createMany({
    data: refs.pending.map(({ set, key, description, position }) => ({
      workspaceId: row.workspaceId,
      taskId: row.id,
      set,
      key,
      description,
      position,
    })),
  });
}

class DryRun extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

export async function importTaskMarkdown(
  principal: Principal,
  markdown: string,
  options: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  authorize(principal, 'writeTasks');
  const { task, warnings } = parseOrRefuse(markdown);
  const db = await prisma();
  try {
    return await db.$transaction(async (tx) => {
      const refs = await resolveReferences(tx, principal, task, warnings);
      const dates = {
        ...(task.createdAt && { createdAt: new Date(`${task.createdAt}T00:00:00.000Z`) }),
        ...(task.updatedAt && { updatedAt: new Date(`${task.updatedAt}T00:00:00.000Z`) }),
      };
      const row = await insertTask(tx, principal, documentInput(task, refs), {
        withDefaults: false,
        extra: { assigneeName: refs.assigneeName, ...dates },
      });
      await savePendingLinks(tx, row, refs);
      const result = { task: toTaskDocument(await findTaskRow(tx, principal, row.id)), warnings };
      // A dry run leaves by throwing, which rolls back everything it wrote.
      if (options.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
    const dry = error.result.warnings.map((warning) => ({
      ...warning,
      message: warning.message.replace(/^Created/, 'Would create'),
    }));
    return { task: error.result.task, warnings: dry };
  }
}

/** Replaces the task's whole document (metadata and every section) with the Markdown's. */
export async function replaceTaskFromMarkdown(
  principal: Principal,
  ref: string,
  markdown: string,
  options: WriteOptions = {},
): Promise<ImportResult & { markdown: string; etag: string }> {
  authorize(principal, 'writeTasks');
  const { task, warnings } = parseOrRefuse(markdown);
  const current = (row: TaskDocumentRow) => [markdownOf(row).etag, taskEtag(row)];
  return withLockedTask(principal, ref, { ...options, current, linksFirst: true }, async (tx, row) => {
    const refs = await resolveReferences(tx, principal, task, warnings);
    const { sections, reviewDate, completionTarget, ...fields } = documentInput(task, refs);
    const everySection = Object.fromEntries(
      sectionKeys.map((key) => [key, (sections as Record<string, unknown>)[key] ?? sectionSchemas[key].parse({})]),
    );
    await writeTaskSections(tx, row, everySection);
    await tx.task.update({
      where: { id: row.id },
      data: {
        ...fields,
        assigneeName: refs.assigneeName,
        reviewDate: toDate(reviewDate),
        completionTarget: toDate(completionTarget),
        ...(fields.status !== row.status && { rank: await rankAtEnd(tx, principal.workspaceId, fields.status) }),
        version: { increment: 1 },
        updatedAt: new Date(),
      },
    });
    await savePendingLinks(tx, row, refs);
    await tasksChanged(tx, [row.id]);
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'task.updated',
      targetType: 'task',
      targetId: row.id,
      summary: 'Replaced the document from Markdown',
    });
    const updated = await findTaskRow(tx, principal, row.id);
    return { task: toTaskDocument(updated), warnings, ...markdownOf(updated) };
  });
}
