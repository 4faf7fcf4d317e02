// Checks that the people, features and sprints a task points at belong to the task's workspace, and places new
// or moved tasks at the end of their board column.
import { generateKeyBetween } from 'fractional-indexing';

import { ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskStatus } from '@/lib/generated/prisma/enums';

type Tx = Prisma.TransactionClient;

interface References {
  assigneeId?: string | null;
  featureId?: string | null;
  sprintId?: string | null;
}

export async function assertReferencesInWorkspace(tx: Tx, workspaceId: string, refs: References): Promise<void> {
  const [member, feature, sprint] = await Promise.all([
    refs.assigneeId
      ? tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: refs.assigneeId } } })
      : true,
    refs.featureId ? tx.feature.findFirst({ where: { id: refs.featureId, workspaceId }, select: { id: true } }) : true,
    refs.sprintId ? tx.sprint.findFirst({ where: { id: refs.sprintId, workspaceId }, select: { id: true } }) : true,
  ]);
  const issues = [
    !member && { path: 'assigneeId', message: 'No member with this id in this workspace' },
    !feature && { path: 'featureId', message: 'No feature with this id in this workspace' },
    !sprint && { path: 'sprintId', message: 'No sprint with this id in this workspace' },
  ].filter((issue) => issue !== false);
  if (issues.length > 0) throw new ValidationError(issues);
}

/** A rank after every task currently in the column. */
export async function rankAtEnd(tx: Tx, workspaceId: string, status: TaskStatus): Promise<string> {
  const last = await tx.task.findFirst({
    where: { workspaceId, status },
    orderBy: { rank: 'desc' },
    select: { rank: true },
  });
  return generateKeyBetween(last?.rank ?? null, null);
}
