// Browser sessions are database rows: the session cookie carries only a row id, and every request checks the row,
// the user and (through the principal) the membership. Revoking a row ends access on the very next request.
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';

const TOUCH_EVERY_MS = 60_000;

export interface SessionUser {
  sessionId: string;
  userId: string;
  email: string;
  name: string;
}

export async function createSession(userId: string, meta: { userAgent?: string; ip?: string } = {}): Promise<string> {
  const db = await prisma();
  const session = await db.session.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + env.SESSION_MAX_DAYS * 86_400_000),
      userAgent: (meta.userAgent ?? '').slice(0, 300),
      ip: meta.ip ?? '',
    },
  });
  return session.id;
}

/** The signed-in user of a session, or null when it is unknown, revoked, expired, idle too long or its user is disabled. */
export async function validateSession(sessionId: string): Promise<SessionUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const db = await prisma();
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: { user: { select: { id: true, email: true, name: true, isDisabled: true } } },
  });
  const now = Date.now();
  if (
    !session ||
    session.revokedAt ||
    session.user.isDisabled ||
    session.expiresAt.getTime() <= now ||
    session.lastSeenAt.getTime() + env.SESSION_IDLE_MINUTES * 60_000 <= now
  ) {
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return { sessionId: session.id, userId: session.user.id, email: session.user.email, name: session.user.name };
}

export async function revokeSession(sessionId: string): Promise<void> {
  const db = await prisma();
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user, except `keep` (the session that asked, e.g. when changing the password). */
export async function revokeUserSessions(
  userId: string,
  keep?: string,
  tx?: Prisma.TransactionClient,
): Promise<number> {
  const db = tx ?? (await prisma());
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(keep && { id: { not: keep } }) },
    data: { revokedAt: new Date() },
  });
  return count;
}
