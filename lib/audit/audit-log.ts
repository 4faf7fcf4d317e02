// Reading the audit log: the workspace's events for admins, and one task's history for anyone who can read it.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { getTaskDocument } from '@/lib/tasks/get-task';

export const auditQuery = z.strictObject({
  before: z.iso.datetime({ error: 'must be an ISO date-time' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

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
  const { before, limit } = parseInput(auditQuery, query);
  const events = await (
    await prisma()
  ).auditEvent.findMany({
    where: { workspaceId: principal.workspaceId, ...(before && { createdAt: { lt: new Date(before) } }) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  return withActors(events);
}

/** What happened to one task, newest first. */
export async function getTaskHistory(principal: Principal, ref: string) {
  const task = await getTaskDocument(principal, ref);
  const events = await (
    await prisma()
  ).auditEvent.findMany({
    where: { workspaceId: principal.workspaceId, targetId: task.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
  });
  return withActors(events);
}
