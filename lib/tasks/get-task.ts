import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';

import { type TaskDocument, toTaskDocument } from './task-document';
import { findTaskRow } from './task-lookup';

/** The whole document of one task, by key (TASK-41) or id. */
export async function getTaskDocument(principal: Principal, ref: string): Promise<TaskDocument> {
  authorize(principal, 'read');
  return toTaskDocument(await findTaskRow(await prisma(), principal, ref));
}
