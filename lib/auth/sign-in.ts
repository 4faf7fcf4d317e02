// Email + password sign-in. A wrong password and an unknown email get the same answer after the same work (an
// argon2 verify either way), and attempts are limited per account and per client IP across all app instances.
import { recordAudit } from '@/lib/audit/audit';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { hashPassword, verifyPassword } from '@/lib/users/password';

import { hitRateLimit, type RateLimitResult } from './rate-limit';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; limit: RateLimitResult };

/** A real hash of a random password, so unknown emails cost the same argon2 work as known ones. */
let decoyHash: Promise<string> | undefined;

export async function signInWithPassword(email: string, password: string, ip: string): Promise<SignInResult> {
  const normalized = email.trim().toLowerCase();
  const [byAccount, byIp] = await Promise.all([
    hitRateLimit(`sign-in:account:${normalized}`, env.SIGN_IN_LIMIT_PER_MINUTE, 60_000),
    hitRateLimit(`sign-in:ip:${ip}`, env.SIGN_IN_LIMIT_PER_MINUTE * 5, 60_000),
  ]);
  const db = await prisma();
  const user = await db.user.findUnique({ where: { email: normalized } });
  const limited = !byAccount.allowed ? byAccount : !byIp.allowed ? byIp : undefined;
  if (limited) {
    await recordAudit(db, { action: 'auth.sign_in_rate_limited', actorId: user?.id, summary: normalized, ip });
    return { ok: false, reason: 'rate_limited', limit: limited };
  }
  decoyHash ??= hashPassword(crypto.randomUUID());
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !user.passwordHash || user.isDisabled || !matches) {
    await recordAudit(db, { action: 'auth.sign_in_failed', actorId: user?.id, summary: normalized, ip });
    return { ok: false, reason: 'invalid' };
  }
  await recordAudit(db, { action: 'auth.sign_in', actorId: user.id, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
