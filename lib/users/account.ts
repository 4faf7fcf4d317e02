// A signed-in user's own account. Changing the password ends every other session of the user.
import { z } from 'zod';

import { recordAudit } from '@/lib/audit/audit';
import { hitRateLimit, retryAfterSeconds } from '@/lib/auth/rate-limit';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { parseInput, RateLimitedError, ValidationError } from '@/lib/errors';

import { hashPassword, passwordInput, verifyPassword } from './password';

export const passwordChangeInput = z
  .strictObject({
    currentPassword: z.string().min(1, { error: 'Enter your current password' }),
    newPassword: passwordInput,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    error: 'The new password must differ from the current one',
    path: ['newPassword'],
  });

export async function changePassword(session: { userId: string; sessionId: string }, input: unknown): Promise<void> {
  const data = parseInput(passwordChangeInput, input);
  // A stolen session must not become a way to guess the password.
  const limit = await hitRateLimit(`password-change:${session.userId}`, env.SIGN_IN_LIMIT_PER_MINUTE, 60_000);
  if (!limit.allowed) throw new RateLimitedError(retryAfterSeconds(limit));
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: session.userId } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new ValidationError([{ path: 'currentPassword', message: 'This is not your current password' }]);
  }
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await revokeUserSessions(user.id, session.sessionId, tx);
    await recordAudit(tx, { action: 'auth.password_changed', actorId: user.id });
  });
}
