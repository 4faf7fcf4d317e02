import { describe, expect, it } from 'vitest';

import { disableUser } from '@/lib/admin/operator';
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from '@/lib/auth/api-tokens';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { ForbiddenError, NotFoundError, RateLimitedError } from '@/lib/errors';
import { createTask } from '@/lib/tasks/create-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';
import { changeMemberRole, removeMember } from '@/lib/workspaces/members';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('API tokens', () => {
  it('are shown once, stored only as a hash, and act as their user in their workspace', async () => {
    const ws = await createTestWorkspace();
    const token = await createApiToken(ws.member, { name: 'CI', scope: 'READ_WRITE' });
    expect(token.secret).toMatch(/^sbp_[A-Za-z0-9_-]{43}$/);
    const row = await (await prisma()).apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(JSON.stringify(row)).not.toContain(token.secret.slice(4));
    expect(token.secret.startsWith(row.prefix)).toBe(true);
    expect((await listApiTokens(ws.member)).items[0]).not.toHaveProperty('secret');

    const principal = await authenticateApiToken(token.secret);
    expect(principal).toEqual({ ...ws.member, token: { id: token.id, scope: 'READ_WRITE' } });
    const task = await createTask(principal ?? ws.viewer, { title: 'Made by a tool' });
    expect(task.key).toBe('TEST-1');
    expect(await authenticateApiToken(`${token.secret}x`)).toBeNull();
    expect(await authenticateApiToken('Bearer nonsense')).toBeNull();
  });

  it('with read scope can read but every write is refused, and nothing is written', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Read me' });
    const token = await createApiToken(ws.admin, { name: 'Reader', scope: 'READ' });
    const reader = await authenticateApiToken(token.secret);
    if (!reader) throw new Error('token did not authenticate');
    expect((await getTaskDocument(reader, task.key)).title).toBe('Read me');
    await expect(createTask(reader, { title: 'nope' })).rejects.toThrow('This API token is read-only');
    await expect(updateTaskSection(reader, task.key, 'summary', { text: 'nope' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await getTaskDocument(ws.member, task.key)).version).toBe(1);
  });

  it('stop working at once when revoked, expired, their user is disabled or their user leaves the workspace', async () => {
    const ws = await createTestWorkspace();
    const make = async (principal = ws.member) =>
      (await createApiToken(principal, { name: 't', scope: 'READ_WRITE' })).secret;
    const [revoked, expired, left] = [await make(), await make(), await make()];

    const revokedId = (await authenticateApiToken(revoked))?.token?.id ?? '';
    await revokeApiToken(ws.member, revokedId);
    expect(await authenticateApiToken(revoked)).toBeNull();

    const expiredId = (await authenticateApiToken(expired))?.token?.id ?? '';
    await (
      await prisma()
    ).apiToken.update({ where: { id: expiredId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateApiToken(expired)).toBeNull();

    await changeMemberRole(ws.admin, ws.member.userId, { role: 'VIEWER' });
    expect((await authenticateApiToken(left))?.role).toBe('VIEWER');
    await removeMember(ws.admin, ws.member.userId);
    expect(await authenticateApiToken(left)).toBeNull();

    const other = await createTestWorkspace();
    const disabled = await make(other.member);
    const user = await (await prisma()).user.findUniqueOrThrow({ where: { id: other.member.userId } });
    await disableUser(user.email);
    expect(await authenticateApiToken(disabled)).toBeNull();
  });

  it("cannot be revoked by another member or another workspace's admin; the own workspace's admin can", async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const token = await createApiToken(ws.member, { name: 'Mine', scope: 'READ' });
    await expect(revokeApiToken(ws.manager, token.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiToken(other.admin, token.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiToken(token.secret)).not.toBeNull();
    await revokeApiToken(ws.admin, token.id);
    expect(await authenticateApiToken(token.secret)).toBeNull();
  });

  it('cannot create tokens and creation is rate limited', async () => {
    const ws = await createTestWorkspace();
    const token = await createApiToken(ws.member, { name: 'first', scope: 'READ_WRITE' });
    const viaToken = await authenticateApiToken(token.secret);
    await expect(createApiToken(viaToken ?? ws.member, { name: 'x', scope: 'READ' })).rejects.toThrow(
      'cannot create other tokens',
    );
    for (let index = 1; index < env.TOKEN_CREATE_LIMIT_PER_MINUTE; index++) {
      await createApiToken(ws.member, { name: `t${index}`, scope: 'READ' });
    }
    await expect(createApiToken(ws.member, { name: 'one too many', scope: 'READ' })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect((await listApiTokens(ws.member)).items).toHaveLength(env.TOKEN_CREATE_LIMIT_PER_MINUTE);
  });
});
