import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

import { taskRefWhere } from './task-lookup';

/** Deletes a task; its sections and links go with it (foreign keys cascade). */
export async function deleteTask(principal: Principal, ref: string): Promise<void> {
  authorize(principal, 'writeTasks');
  const where = taskRefWhere(principal, ref);
  const { count } = where ? await (await prisma()).task.deleteMany({ where }) : { count: 0 };
  if (count === 0) throw new NotFoundError(`Task ${ref}`);
}
