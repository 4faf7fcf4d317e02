// After tasks' content changed, in the writer's transaction: recompute what is derived from a document and stored
// beside it (the search vector, the filled sections and their percentage), so it is never stale when the write
// commits, and record the change for the pages that follow the workspace live.
import { Prisma } from '@/lib/generated/prisma/client';
import { recordTaskEvents } from '@/lib/realtime/task-events';

import { refreshCompleteness } from './filled-sections';
import { searchVectorUpdate } from './search-vector';

type Tx = Prisma.TransactionClient;

export async function tasksChanged(tx: Tx, taskIds: string[]): Promise<void> {
  if (taskIds.length === 0) return;
  await tx.$executeRaw(searchVectorUpdate(Prisma.sql`t.id = ANY(${taskIds}::uuid[])`));
  await refreshCompleteness(tx, taskIds);
  await recordTaskEvents(tx, taskIds);
}
