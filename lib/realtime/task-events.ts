// The feed of task changes that open pages follow: a row per changed task, written in the writer's transaction,
// and a NOTIFY (delivered on commit, to every app instance) naming the workspace.
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

export const TASK_EVENTS_CHANNEL = 'specboard_task_events';

export async function recordTaskEvents(
  tx: Tx,
  taskIds: string[],
  kind: 'changed' | 'deleted' = 'changed',
): Promise<void> {
  if (taskIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "TaskEvent" ("workspaceId", "taskId", key, kind, "createdAt")
    SELECT t."workspaceId", t.id, w."keyPrefix" || '-' || t.number, ${kind}, ${new Date()}
    FROM "Task" t JOIN "Workspace" w ON w.id = t."workspaceId"
    WHERE t.id = ANY(${taskIds}::uuid[])
    ORDER BY t.number`;
  await tx.$executeRaw`
    SELECT pg_notify(${TASK_EVENTS_CHANNEL}, w) FROM (
      SELECT DISTINCT "workspaceId"::text AS w FROM "Task" WHERE id = ANY(${taskIds}::uuid[])
    ) AS workspaces`;
}

export interface TaskEventView {
  id: string;
  key: string;
  kind: string;
}

/** The newest event id of a workspace: where a new follower starts. */
export async function latestTaskEventId(workspaceId: string): Promise<bigint> {
  const db = await prisma();
  const last = await db.taskEvent.findFirst({ where: { workspaceId }, orderBy: { id: 'desc' }, select: { id: true } });
  return last?.id ?? 0n;
}

/**
 * Events after `afterId`, plus any of the last few seconds not in `seen`: ids are handed out when rows are written,
 * so a transaction that commits late can add an id lower than one already sent.
 */
export async function taskEventsSince(
  workspaceId: string,
  afterId: bigint,
  seen: ReadonlySet<string>,
): Promise<TaskEventView[]> {
  const db = await prisma();
  const rows = await db.taskEvent.findMany({
    where: {
      workspaceId,
      OR: [{ id: { gt: afterId } }, { createdAt: { gt: new Date(Date.now() - 10_000) } }],
    },
    orderBy: { id: 'asc' },
    take: 500,
    select: { id: true, key: true, kind: true },
  });
  return rows.map((row) => ({ ...row, id: row.id.toString() })).filter((row) => !seen.has(row.id));
}

const KEEP_EVENTS_MS = 24 * 60 * 60 * 1000;

/** Drops events older than a day: a client away that long reloads the page anyway. */
export async function pruneTaskEvents(): Promise<void> {
  const db = await prisma();
  await db.taskEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_EVENTS_MS) } } });
}
