// Rules on a task's status change, checked in the service so the forms, bulk edit, boards and the REST API agree:
// sections a workspace requires before work starts (In Progress and beyond) and before Done; a WIP limit per board
// column (a warning, or a refusal when the workspace says so); and a warning when work starts on a task whose
// prerequisites or blockers are not Done.
import { ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskStatus } from '@/lib/generated/prisma/enums';
import { statusLabels } from '@/lib/markdown/task-format';

import { blockerLinks } from './blockers';
import { missingRequired } from './completeness';
import { sectionRegistry } from './sections';
import { formatTaskKey } from './task-key';

type Tx = Prisma.TransactionClient;

const startedStatuses: ReadonlySet<TaskStatus> = new Set(['IN_PROGRESS', 'IN_REVIEW', 'DONE']);

/** The sections the workspace requires of a task in `status`. */
export function requiredFor(
  status: TaskStatus,
  settings: { requiredForInProgress: string[]; requiredForDone: string[] },
): string[] {
  if (status === 'DONE') return [...settings.requiredForInProgress, ...settings.requiredForDone];
  return startedStatuses.has(status) ? settings.requiredForInProgress : [];
}

function titleList(titles: string[]): string {
  return titles.length === 1 ? (titles[0] as string) : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}

/**
 * Serialises writers to one status column of a workspace (board moves, status changes), so a WIP count and the ranks
 * of neighbours hold until the writer commits. Taken after the task's row lock, as every such writer does.
 */
export async function lockColumn(tx: Tx, workspaceId: string, status: TaskStatus): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`specboard:column:${workspaceId}:${status}`}))`;
}

function refuse(message: string): never {
  throw new ValidationError([{ path: 'status', message }], message);
}

/**
 * Checks moving the task to `next`: refuses (a ValidationError on `status`) while a required section is empty or a
 * hard WIP limit is reached, and returns the warnings a person should see (a soft WIP limit, unfinished blockers).
 */
export async function checkStatusChange(
  tx: Tx,
  task: { id: string; workspaceId: string; sprintId: string | null; filledSections: string[] },
  next: TaskStatus,
): Promise<string[]> {
  const settings = await tx.workspace.findUniqueOrThrow({
    where: { id: task.workspaceId },
    select: { requiredForInProgress: true, requiredForDone: true, wipLimits: true, wipMode: true, keyPrefix: true },
  });
  const missing = missingRequired(task.filledSections, requiredFor(next, settings));
  if (missing.length > 0) {
    const titles = titleList(missing.map((key) => sectionRegistry[key].title));
    refuse(`Fill in ${titles} before moving this task to ${statusLabels[next]}`);
  }

  const warnings: string[] = [];
  const limit = (settings.wipLimits as Partial<Record<TaskStatus, number>>)[next];
  if (limit !== undefined) {
    await lockColumn(tx, task.workspaceId, next);
    // The column is the board's: the same sprint (or the backlog) and status.
    const count = await tx.task.count({
      where: { workspaceId: task.workspaceId, sprintId: task.sprintId, status: next, id: { not: task.id } },
    });
    if (count >= limit) {
      const message = `${statusLabels[next]} already holds ${count} ${count === 1 ? 'task' : 'tasks'}; its limit is ${limit}`;
      if (settings.wipMode === 'refuse') refuse(message);
      warnings.push(message);
    }
  }
  if (startedStatuses.has(next) && next !== 'DONE') {
    const links = await tx.task.findUniqueOrThrow({
      where: { id: task.id },
      select: {
        outgoingLinks: { ...blockerLinks.outgoingLinks, select: { toTask: { select: { number: true } } } },
        incomingLinks: { ...blockerLinks.incomingLinks, select: { fromTask: { select: { number: true } } } },
      },
    });
    const waiting = [
      ...links.outgoingLinks.map((link) => link.toTask.number),
      ...links.incomingLinks.map((link) => link.fromTask.number),
    ].map((number) => formatTaskKey(settings.keyPrefix, number));
    if (waiting.length > 0)
      warnings.push(`Work starts before ${titleList(waiting)} ${waiting.length === 1 ? 'is' : 'are'} Done`);
  }
  return warnings;
}
