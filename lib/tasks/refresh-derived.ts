// What is derived from a task's document and stored beside it (the search vector, the filled sections and their
// percentage), recomputed in the writer's transaction so it is never stale when the write commits.
import { Prisma } from '@/lib/generated/prisma/client';

import { refreshCompleteness } from './filled-sections';
import { searchVectorUpdate } from './search-vector';

type Tx = Prisma.TransactionClient;

export async function refreshDerived(tx: Tx, taskIds: string[]): Promise<void> {
  if (taskIds.length === 0) return;
  await tx.$executeRaw(searchVectorUpdate(Prisma.sql`t.id = ANY(${taskIds}::uuid[])`));
  await refreshCompleteness(tx, taskIds);
}
