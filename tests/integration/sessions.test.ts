import { describe, expect, it } from 'vitest';

import { createUser, disableUser } from '@/lib/admin/operator';
import { principalForUser } from '@/lib/auth/current-user';
import { createSession, revokeSession, validateSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { ValidationError } from '@/lib/errors';
import { changePassword } from '@/lib/users/account';
import { removeMember } from '@/lib/workspaces/members';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

const password = 'correct horse battery staple';

async function userWithPassword(workspace?: string) {
  const email = `user-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const user = await createUser({ email, name: 'Pat', password, workspace, role: 'MEMBER' });
  return { ...user, email };
}

describe('sign-in', () => {
  it('accepts the right password and gives a wrong password and an unknown email the same answer', async () => {
    const user = await userWithPassword();
    expect(await signInWithPassword(user.email.toUpperCase(), password, '10.0.0.1')).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
    expect(await signInWithPassword(user.email, 'wrong password!!', '10.0.0.1')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await signInWithPassword('nobody@example.test', password, '10.0.0.1')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const events = await (
      await prisma()
    ).auditEvent.findMany({ where: { actorId: user.id }, select: { action: true } });
    expect(events.map((event) => event.action).sort()).toEqual(['auth.sign_in', 'auth.sign_in_failed']);
  });

  it('refuses a disabled user even with the right password', async () => {
    const user = await userWithPassword();
    await disableUser(user.email);
    expect(await signInWithPassword(user.email, password, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('limits attempts per account, even with the right password once the limit is reached, and logs it', async () => {
    const user = await userWithPassword();
    for (let attempt = 0; attempt < env.SIGN_IN_LIMIT_PER_MINUTE; attempt++) {
      expect((await signInWithPassword(user.email, 'guess', `10.1.0.${attempt}`)).ok).toBe(false);
    }
    const limited = await signInWithPassword(user.email, password, '10.1.1.1');
    expect(limited).toMatchObject({ ok: false, reason: 'rate_limited', limit: { allowed: false } });
    const logged = await (
      await prisma()
    ).auditEvent.count({ where: { actorId: user.id, action: 'auth.sign_in_rate_limited' } });
    expect(logged).toBe(1);
  });
});

describe('sessions', () => {
  it('end on sign-out, on disabling the user, and after the idle and absolute limits', async () => {
    const user = await userWithPassword();
    const db = await prisma();
    const [signedOut, disabled, idle, old] = await Promise.all([1, 2, 3, 4].map(() => createSession(user.id)));
    for (const id of [signedOut, disabled, idle, old])
      expect(await validateSession(id ?? '')).toMatchObject({ userId: user.id });

    await revokeSession(signedOut ?? '');
    expect(await validateSession(signedOut ?? '')).toBeNull();
    await db.session.update({
      where: { id: idle },
      data: { lastSeenAt: new Date(Date.now() - (env.SESSION_IDLE_MINUTES + 1) * 60_000) },
    });
    expect(await validateSession(idle ?? '')).toBeNull();
    await db.session.update({ where: { id: old }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await validateSession(old ?? '')).toBeNull();
    expect(await validateSession(disabled ?? '')).not.toBeNull();
    await disableUser(user.email);
    expect(await validateSession(disabled ?? '')).toBeNull();
    expect(await validateSession('not-a-session-id')).toBeNull();
  });

  it('changing the password ends every other session and keeps the current one', async () => {
    const user = await userWithPassword();
    const current = await createSession(user.id);
    const other = await createSession(user.id);
    await expect(
      changePassword(
        { userId: user.id, sessionId: current },
        { currentPassword: 'not it', newPassword: 'a brand new password' },
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await validateSession(other)).not.toBeNull();
    await changePassword(
      { userId: user.id, sessionId: current },
      { currentPassword: password, newPassword: 'a brand new password' },
    );
    expect(await validateSession(other)).toBeNull();
    expect(await validateSession(current)).not.toBeNull();
    expect((await signInWithPassword(user.email, password, '10.2.0.1')).ok).toBe(false);
    expect((await signInWithPassword(user.email, 'a brand new password', '10.2.0.1')).ok).toBe(true);
  });

  it('resolve the principal from the membership on every request, so a removed member loses access at once', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const user = await userWithPassword(ws.slug);
    await createUser({ email: user.email, name: 'Pat', workspace: other.slug, role: 'VIEWER' });

    expect(await principalForUser(user.id, other.id)).toEqual({
      userId: user.id,
      workspaceId: other.id,
      role: 'VIEWER',
    });
    // A workspace the user does not belong to is never chosen, whatever the cookie says.
    const stranger = await createTestWorkspace();
    expect((await principalForUser(user.id, stranger.id))?.workspaceId).not.toBe(stranger.id);

    await removeMember(ws.admin, user.id);
    expect(await principalForUser(user.id, ws.id)).toEqual({ userId: user.id, workspaceId: other.id, role: 'VIEWER' });
    await removeMember(other.admin, user.id);
    expect(await principalForUser(user.id, ws.id)).toBeNull();
  });
});
