import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { recordTaskEvents } from '@/lib/realtime/task-events';

import { formatTaskKey } from './task-key';
import { tasksChanged } from './tasks-changed';
import { withLockedTask, type WriteOptions } from './update-task';

/** Deletes a task; its sections and links go with it (foreign keys cascade). */
export async function deleteTask(principal: Principal, ref: string, options: WriteOptions = {}): Promise<void> {
  authorize(principal, 'writeTasks');
  await withLockedTask(principal, ref, { ...options, linksFirst: true }, async (tx, row) => {
    const linked = [
      ...row.outgoingLinks.map((link) => link.toTaskId),
      ...row.incomingLinks.map((link) => link.fromTaskId),
    ];
    await recordTaskEvents(tx, [row.id], 'deleted');
    await tx.task.delete({ where: { id: row.id } });
    await tasksChanged(tx, linked);
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'task.deleted',
      targetType: 'task',
      targetId: row.id,
      summary: `${formatTaskKey(row.workspace.keyPrefix, row.number)}: ${row.title}`,
    });
  });
}
