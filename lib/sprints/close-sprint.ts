// Closing a sprint: its unfinished tasks move on, to another open sprint or to the backlog, and each move is recorded
// (`SprintCarryOver`) so reports can tell carried work from planned work. A closed sprint cannot be closed again.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { ConflictError, NotFoundError, parseInput, ValidationError } from '@/lib/errors';
import { isUuid } from '@/lib/schemas';
import { formatTaskKey } from '@/lib/tasks/task-key';
import { tasksChanged } from '@/lib/tasks/tasks-changed';

export const closeSprintInput = z.strictObject({
  carryTo: z
    .union([z.uuid(), z.literal('backlog')], { error: 'must be the id of an open sprint, or "backlog"' })
    .meta({ description: 'Where unfinished tasks go: another open sprint’s id, or `backlog`' }),
});

export const closeSprintResult = z
  .object({ carried: z.array(z.string()).meta({ description: 'Keys of the tasks carried over' }) })
  .meta({ id: 'SprintClosed' });

export async function closeSprint(principal: Principal, id: string, input: unknown): Promise<{ carried: string[] }> {
  authorize(principal, 'managePlanning');
  const { carryTo } = parseInput(closeSprintInput, input);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const where = { workspaceId: principal.workspaceId };
    // Row locks on both sprints, in id order: two closes of one sprint queue (the second finds it closed), and
    // closing A into B while B closes into A cannot leave tasks in a closed sprint.
    const ids = [id, ...(carryTo === 'backlog' ? [] : [carryTo])].filter(isUuid).sort();
    const locked = await tx.$queryRaw<Array<{ id: string; state: string; number: number }>>`
      SELECT id::text, state::text, number FROM "Sprint"
      WHERE id = ANY(${ids}::uuid[]) AND "workspaceId" = ${principal.workspaceId}::uuid
      ORDER BY id FOR UPDATE`;
    const sprint = locked.find((row) => row.id === id);
    if (!sprint) throw new NotFoundError(`Sprint ${id}`);
    if (sprint.state === 'CLOSED') throw new ConflictError(`Sprint ${sprint.number} is already closed`);
    const target = carryTo === 'backlog' ? null : locked.find((row) => row.id === carryTo && row.id !== id);
    if (carryTo !== 'backlog' && (!target || target.state === 'CLOSED')) {
      throw new ValidationError([
        { path: 'carryTo', message: 'must be another sprint of this workspace that is not closed' },
      ]);
    }

    const unfinished = await tx.task.findMany({
      where: { ...where, sprintId: id, status: { not: 'DONE' } },
      orderBy: { number: 'asc' },
      select: { id: true, number: true, workspace: { select: { keyPrefix: true } } },
    });
    const taskIds = unfinished.map((task) => task.id);
    if (taskIds.length > 0) {
      await tx.task.updateMany({
        where: { id: { in: taskIds } },
        data: { sprintId: target?.id ?? null, version: { increment: 1 }, updatedAt: new Date() },
      });
      await tx.sprintCarryOver.createMany({
        data: taskIds.map((taskId) => ({ sprintId: id, toSprintId: target?.id ?? null, taskId })),
      });
      await tasksChanged(tx, taskIds);
    }
    await tx.sprint.update({ where: { id }, data: { state: 'CLOSED' } });
    const carried = unfinished.map((task) => formatTaskKey(task.workspace.keyPrefix, task.number));
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'sprint.updated',
      targetType: 'sprint',
      targetId: id,
      summary: `Closed; carried ${carried.length === 0 ? 'nothing' : carried.join(', ')} to ${target ? `Sprint ${target.number}` : 'the backlog'}`,
    });
    return { carried };
  });
}
