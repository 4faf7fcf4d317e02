// Links an imported document named by keys no task had: when a task with such a key is created, every pending
// link to that key becomes a real link. The naming task's document reads the same, so its dates stay as they are
// (its ETag changes with the representation).
import type { Prisma } from '@/lib/generated/prisma/client';

import type { LinkSet } from './sections';
import type { TaskDocumentRow } from './task-document';
import { formatTaskKey } from './task-key';
import { linkFor, lockWorkspaceLinks } from './task-links';

type Tx = Prisma.TransactionClient;

export async function resolvePendingLinks(tx: Tx, workspaceId: string, task: TaskDocumentRow): Promise<void> {
  const key = formatTaskKey(task.workspace.keyPrefix, task.number);
  const pending = await tx.pendingTaskLink.findMany({ where: { workspaceId, key }, orderBy: { position: 'asc' } });
  if (pending.length === 0) return;
  await lockWorkspaceLinks(tx, workspaceId);
  for (const link of pending) {
    // The new task has no links of its own yet, so linking to it cannot close a cycle.
    const stored = linkFor(link.set as LinkSet, link.taskId, task.id);
    await tx.taskLink.upsert({
      where: { fromTaskId_toTaskId_kind: stored },
      create: { ...stored, workspaceId, description: link.description, position: link.position },
      update: {},
    });
  }
  await tx.pendingTaskLink.deleteMany({ where: { id: { in: pending.map((link) => link.id) } } });
}
