// /audit-events: the workspace's audit log, newest first (admins).
import { z } from 'zod';

import { auditQuery, listAuditEvents } from '@/lib/audit/audit-log';

import { defineRoute } from '../define-route';
import { pageOf, pageResult } from './common';

const auditEvent = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    action: z.string().meta({ example: 'task.section_updated' }),
    actorId: z.uuid().nullable(),
    actor: z.object({ name: z.string(), email: z.string() }).nullable(),
    tokenId: z.uuid().nullable().meta({ description: 'Set when the change came through an API token' }),
    targetType: z.string(),
    targetId: z.uuid().nullable(),
    section: z.string(),
    summary: z.string(),
    ip: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export const auditRoutes = [
  // GET /audit-events
  defineRoute({
    method: 'GET',
    path: '/audit-events',
    operationId: 'listAuditEvents',
    summary: 'List audit events',
    description: 'Admins only. Sign-ins, tokens, memberships and every task change, with who did it.',
    tag: 'Audit',
    query: auditQuery,
    response: {
      status: 200,
      description: 'A page of events',
      schema: pageOf(auditEvent, 'AuditEventPage'),
      isPaged: true,
    },
    handle: async ({ principal, query }) => pageResult(await listAuditEvents(principal, query)),
  }),
];
