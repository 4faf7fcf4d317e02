// Rules on a task's status change, checked in the service so the forms, bulk edit, boards and the REST API agree:
// a workspace can require sections to be filled before work starts (In Progress and beyond) and before Done.
import { ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskStatus } from '@/lib/generated/prisma/enums';
import { statusLabels } from '@/lib/markdown/task-format';

import { missingRequired } from './completeness';
import { sectionRegistry } from './sections';

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

/** Refuses moving the task to `next` while a section the workspace requires for it is empty. */
export async function assertStatusAllowed(
  tx: Tx,
  task: { workspaceId: string; filledSections: string[] },
  next: TaskStatus,
): Promise<void> {
  const settings = await tx.workspace.findUniqueOrThrow({
    where: { id: task.workspaceId },
    select: { requiredForInProgress: true, requiredForDone: true },
  });
  const missing = missingRequired(task.filledSections, requiredFor(next, settings));
  if (missing.length === 0) return;
  const message = `Fill in ${titleList(missing.map((key) => sectionRegistry[key].title))} before moving this task to ${statusLabels[next]}`;
  throw new ValidationError([{ path: 'status', message }], message);
}
