// Reading the audit log: the workspace's events for admins, and one task's history for anyone who can read it.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { type OrderKey, pageArgs, pageQueryShape, toPage } from '@/lib/pagination';

export const auditQuery = z.strictObject({ ...pageQueryShape });

/** Ids are UUIDv7, so they sort by creation time. */
const newestFirst: OrderKey[] = [{ field: 'id', direction: 'desc', type: 'uuid' }];

async function withActors<T extends { actorId: string | null }>(events: T[]) {
  const ids = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))];
  const users = await (
    await prisma()
  ).user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });
  const byId = new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
  return events.map((event) => ({ ...event, actor: event.actorId ? (byId.get(event.actorId) ?? null) : null }));
}

/** The workspace's events, newest first; admins only. */
export async function listAuditEvents(principal: Principal, query: z.input<typeof auditQuery> = {}) {
  authorize(principal, 'administer');
  const { limit, cursor } = parseInput(auditQuery, query);
  const { where, ...page } = pageArgs(newestFirst, limit, cursor);
  const events = await (
    await prisma()
  ).auditEvent.findMany({ ...page, where: { workspaceId: principal.workspaceId, ...where } });
  const { items, nextCursor } = toPage(events, limit, newestFirst);
  return { items: await withActors(items), nextCursor };
}

/** What happened to one task (by id), newest first; scoped to the principal's workspace like every read. */
export async function getTaskHistory(principal: Principal, taskId: string) {
  authorize(principal, 'read');
  const db = await prisma();
  const events = await db.auditEvent.findMany({
    where: { workspaceId: principal.workspaceId, targetType: 'task', targetId: taskId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
  });
  return withActors(events);
}
