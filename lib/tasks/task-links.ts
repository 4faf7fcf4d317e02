// Task-to-task links. "Blocks" and "prerequisite" both mean one task must finish before another; a link that would
// close a cycle of such edges is refused, naming the cycle. Related links are symmetric and never cyclic.
import { ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskLinkKind } from '@/lib/generated/prisma/enums';

import type { LinkSet } from './sections';
import { formatTaskKey } from './task-key';

type Tx = Prisma.TransactionClient;

/** Serialises link changes per workspace so two concurrent links cannot each miss the other's half of a cycle. */
export async function lockWorkspaceLinks(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`specboard:links:${workspaceId}`}))`;
}

/**
 * Ids of a path `to -> ... -> from` along finish-before edges, if one exists: adding the edge `from -> to` would
 * then close a cycle.
 */
async function findPath(tx: Tx, workspaceId: string, from: string, to: string): Promise<string[] | undefined> {
  const rows = await tx.$queryRaw<Array<{ path: string[] }>>`
    WITH RECURSIVE edges AS (
      SELECT "fromTaskId" AS before, "toTaskId" AS after FROM "TaskLink"
        WHERE "workspaceId" = ${workspaceId}::uuid AND kind = 'BLOCKS'
      UNION ALL
      SELECT "toTaskId", "fromTaskId" FROM "TaskLink"
        WHERE "workspaceId" = ${workspaceId}::uuid AND kind = 'PREREQUISITE'
    ), walk(node, path) AS (
      SELECT ${to}::uuid, ARRAY[${to}::uuid]
      UNION ALL
      SELECT e.after, w.path || e.after FROM walk w JOIN edges e ON e.before = w.node
        WHERE NOT e.after = ANY(w.path)
    )
    SELECT path::text[] AS path FROM walk WHERE node = ${from}::uuid LIMIT 1`;
  return rows[0]?.path;
}

/** The stored link for "`task`'s set `set` contains `other`", as (kind, from, to). */
export function linkFor(
  set: LinkSet,
  taskId: string,
  otherId: string,
): { kind: TaskLinkKind; fromTaskId: string; toTaskId: string } {
  switch (set) {
    case 'prerequisites':
      return { kind: 'PREREQUISITE', fromTaskId: taskId, toTaskId: otherId };
    case 'blocks':
      return { kind: 'BLOCKS', fromTaskId: taskId, toTaskId: otherId };
    case 'blockedBy':
      return { kind: 'BLOCKS', fromTaskId: otherId, toTaskId: taskId };
    case 'related':
      return { kind: 'RELATED', fromTaskId: taskId, toTaskId: otherId };
  }
}

/** Refuses a link that would make a task wait for itself, directly or through other tasks. */
export async function assertNoCycle(
  tx: Tx,
  workspaceId: string,
  link: { kind: TaskLinkKind; fromTaskId: string; toTaskId: string },
  path: string[],
): Promise<void> {
  if (link.kind === 'RELATED') return;
  const [before, after] = link.kind === 'BLOCKS' ? [link.fromTaskId, link.toTaskId] : [link.toTaskId, link.fromTaskId];
  if (before === after)
    throw new ValidationError([{ path: path.join('.'), message: 'A task cannot depend on itself' }]);
  const cycle = await findPath(tx, workspaceId, before, after);
  if (!cycle) return;
  const tasks = await tx.task.findMany({
    where: { id: { in: cycle } },
    select: { id: true, number: true, workspace: { select: { keyPrefix: true } } },
  });
  const keyOf = new Map(tasks.map((task) => [task.id, formatTaskKey(task.workspace.keyPrefix, task.number)]));
  const keys = [...cycle, after].map((id) => keyOf.get(id) ?? id);
  throw new ValidationError(
    [{ path: path.join('.'), message: `This link would create a dependency cycle: ${keys.join(' → ')}` }],
    `Dependency cycle: ${keys.join(' → ')}`,
  );
}
