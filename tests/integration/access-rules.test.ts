// Each role can do exactly what its row in the accounts issue says, and another workspace's objects do not exist.
import { describe, expect, it } from 'vitest';

import { createUser } from '@/lib/admin/operator';
import { getTaskHistory, listAuditEvents } from '@/lib/audit/audit-log';
import { type Principal } from '@/lib/auth/principal';
import { hitRateLimit } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { createFeature } from '@/lib/features/features';
import { createSprint } from '@/lib/sprints/sprints';
import { createTask } from '@/lib/tasks/create-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { sectionKeys, sectionParts } from '@/lib/tasks/sections';
import { updateTaskSection } from '@/lib/tasks/update-task-section';
import { createInvite } from '@/lib/workspaces/invites';
import { changeMemberRole, listMembers } from '@/lib/workspaces/members';

import { fullDocument } from '../fixtures/full-document';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

const actions: Record<string, (ws: TestWorkspace, actor: Principal) => Promise<unknown>> = {
  'read tasks': async (ws, actor) => getTaskDocument(actor, (await createTask(ws.member, { title: 'r' })).key),
  'list members': (_ws, actor) => listMembers(actor),
  'create tasks': (_ws, actor) => createTask(actor, { title: 'new' }),
  'edit tasks': async (ws, actor) =>
    updateTaskSection(actor, (await createTask(ws.member, { title: 'e' })).key, 'summary', { text: 'edited' }),
  'create sprints': (_ws, actor) => createSprint(actor, { number: Math.floor(Math.random() * 1e6) + 1, name: 's' }),
  'create features': (_ws, actor) => createFeature(actor, { name: `f-${crypto.randomUUID()}` }),
  'change roles': (ws, actor) => changeMemberRole(actor, ws.viewer.userId, { role: 'MEMBER' }),
  'invite people': (_ws, actor) => createInvite(actor, { email: 'new@example.test', role: 'MEMBER' }),
  'read the audit log': (_ws, actor) => listAuditEvents(actor),
};

const allowed: Record<'viewer' | 'member' | 'manager' | 'admin', string[]> = {
  viewer: ['read tasks', 'list members'],
  member: ['read tasks', 'list members', 'create tasks', 'edit tasks'],
  manager: ['read tasks', 'list members', 'create tasks', 'edit tasks', 'create sprints', 'create features'],
  admin: Object.keys(actions),
};

describe('roles', () => {
  it.each(Object.entries(allowed))('a %s can do exactly what the role allows', async (role, permitted) => {
    for (const [action, run] of Object.entries(actions)) {
      const ws = await createTestWorkspace();
      const actor = ws[role as keyof typeof allowed];
      const outcome = run(ws, actor);
      if (permitted.includes(action)) await expect(outcome, `${role} should ${action}`).resolves.toBeDefined();
      else await expect(outcome, `${role} should not ${action}`).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('keeps at least one admin', async () => {
    const ws = await createTestWorkspace();
    await expect(changeMemberRole(ws.admin, ws.admin.userId, { role: 'MEMBER' })).rejects.toThrow(
      'at least one other admin',
    );
  });
});

describe('cross-workspace ids', () => {
  it('every kind of section item of another workspace is "no such item" and stays unchanged', async () => {
    const mine = await createTestWorkspace();
    const theirs = await createTestWorkspace();
    const target = await createTask(theirs.member, { title: 'Theirs', sections: fullDocument });
    const own = await createTask(mine.member, { title: 'Mine', sections: fullDocument });
    for (const key of sectionKeys) {
      for (const [name, part] of sectionParts(key)) {
        if (part.type !== 'list') continue;
        const foreign = (target.sections[key] as Record<string, Array<Record<string, unknown>>>)[name] ?? [];
        const attempt = updateTaskSection(mine.member, own.key, key, {
          ...(own.sections[key] as object),
          [name]: foreign.map((item) => ({ ...item, ...('text' in item ? { text: 'hijacked' } : {}) })),
        });
        await expect(attempt, `${key}.${name}`).rejects.toThrow('No such item in this section');
      }
    }
    expect(await getTaskDocument(theirs.member, target.key)).toEqual(target);
    expect((await getTaskDocument(mine.member, own.key)).version).toBe(1);
  });
});

describe('audit log', () => {
  it('records task changes with the section, visible to admins only', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Audited' });
    await updateTaskSection(ws.member, task.key, 'technicalRisks', { items: [{ name: 'Data loss' }] });
    const { items: events } = await listAuditEvents(ws.admin);
    expect(events.map((event) => [event.action, event.section, event.actor?.email])).toEqual([
      ['task.section_updated', 'technicalRisks', expect.stringContaining('member-')],
      ['task.created', '', expect.stringContaining('member-')],
    ]);
  });
});

describe('rate limits', () => {
  it('count every concurrent hit exactly once', async () => {
    const key = `test:${crypto.randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit(key, 20, 60_000)));
    expect(results.filter((result) => result.allowed)).toHaveLength(20);
    const row = await (await prisma()).rateLimitBucket.findUniqueOrThrow({ where: { key } });
    expect(row.count).toBe(30);
  });
});

describe('task history', () => {
  it("shows a task's own events to its readers and nothing of another workspace's task", async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Tracked' });
    await updateTaskSection(ws.member, task.key, 'summary', { text: 'Now with a summary' });
    const history = await getTaskHistory(ws.viewer, task.id);
    expect(history.map((event) => event.summary)).toEqual(['Edited Task Summary', 'TEST-1: Tracked']);
    expect(await getTaskHistory(other.admin, task.id)).toEqual([]);
  });
});

describe('races', () => {
  it('two admins demoting each other at once leave exactly one admin', async () => {
    const ws = await createTestWorkspace();
    const second = await createUser({
      email: `second-${ws.slug}@example.test`,
      name: 'Second',
      workspace: ws.slug,
      role: 'ADMIN',
    });
    const secondAdmin = { userId: second.id, workspaceId: ws.id, role: 'ADMIN' as const };
    const results = await Promise.allSettled([
      changeMemberRole(ws.admin, second.id, { role: 'MEMBER' }),
      changeMemberRole(secondAdmin, ws.admin.userId, { role: 'MEMBER' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const admins = (await listMembers(ws.viewer)).items.filter((member) => member.role === 'ADMIN');
    expect(admins).toHaveLength(1);
  });

  it('concurrent creates of one sprint number: one wins, the other is a conflict', async () => {
    const ws = await createTestWorkspace();
    const results = await Promise.allSettled([
      createSprint(ws.manager, { number: 7, name: 'A' }),
      createSprint(ws.manager, { number: 7, name: 'B' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConflictError);
  });
});
