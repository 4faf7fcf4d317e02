import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';

import { formatTaskKey } from './task-key';
import { lockTaskRow } from './task-lookup';

/** Deletes a task; its sections and links go with it (foreign keys cascade). */
export async function deleteTask(principal: Principal, ref: string): Promise<void> {
  authorize(principal, 'writeTasks');
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const row = await lockTaskRow(tx, principal, ref);
    await tx.task.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'task.deleted',
      targetType: 'task',
      targetId: row.id,
      summary: `${formatTaskKey(row.workspace.keyPrefix, row.number)}: ${row.title}`,
    });
  });
}
