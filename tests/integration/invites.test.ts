import { describe, expect, it } from 'vitest';

import { principalForUser } from '@/lib/auth/current-user';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { prisma } from '@/lib/db';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { signUp } from '@/lib/users/sign-up';
import { acceptInvite, createInvite } from '@/lib/workspaces/invites';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

const newEmail = () => `invitee-${crypto.randomUUID().slice(0, 8)}@example.test`;

describe('invites', () => {
  it('create an account with the invited role, once', async () => {
    const ws = await createTestWorkspace();
    const email = newEmail();
    const invite = await createInvite(ws.admin, { email, role: 'MANAGER' });
    expect(invite.secret).toMatch(/^sbi_/);
    await expect(acceptInvite(invite.secret, { name: 'New', password: 'short' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const accepted = await acceptInvite(invite.secret, { name: 'New Person', password: 'a long enough password' });
    expect(accepted).toMatchObject({ workspaceId: ws.id, isNewAccount: true });
    expect(await principalForUser(accepted.userId, ws.id)).toEqual({
      userId: accepted.userId,
      workspaceId: ws.id,
      role: 'MANAGER',
    });
    expect((await signInWithPassword(email, 'a long enough password', '10.3.0.1')).ok).toBe(true);
    await expect(
      acceptInvite(invite.secret, { name: 'Again', password: 'a long enough password' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('add an existing account without touching its password, and refuse expired links', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const existing = await (await prisma()).user.findUniqueOrThrow({ where: { id: other.member.userId } });
    const invite = await createInvite(ws.admin, { email: existing.email, role: 'VIEWER' });
    await expect(acceptInvite(invite.secret)).rejects.toThrow(`Sign in as ${existing.email} to accept`);
    await expect(acceptInvite(invite.secret, undefined, ws.admin.userId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await acceptInvite(invite.secret, undefined, existing.id)).toMatchObject({
      userId: existing.id,
      isNewAccount: false,
    });
    expect(await principalForUser(existing.id, ws.id)).toMatchObject({ workspaceId: ws.id, role: 'VIEWER' });

    const stale = await createInvite(ws.admin, { email: newEmail(), role: 'MEMBER' });
    await (await prisma()).invite.update({ where: { id: stale.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(
      acceptInvite(stale.secret, { name: 'Late', password: 'a long enough password' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptInvite('sbi_made-up', { name: 'x', password: 'a long enough password' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('open sign-up', () => {
  it('is refused unless turned on, and then creates an account that can sign in', async () => {
    const email = newEmail();
    const input = { name: 'Self Served', email, password: 'a long enough password' };
    await expect(signUp(input, '10.4.0.1')).rejects.toBeInstanceOf(ForbiddenError);
    expect(await (await prisma()).user.findUnique({ where: { email } })).toBeNull();
    await signUp(input, '10.4.0.1', { isAllowed: true });
    expect((await signInWithPassword(email, input.password, '10.4.0.1')).ok).toBe(true);
    await expect(signUp(input, '10.4.0.1', { isAllowed: true })).rejects.toMatchObject({
      issues: [{ path: 'email', message: 'An account with this email exists; sign in instead.' }],
    });
  });
});
