// A signed-in user's own account. Changing the password ends every other session of the user.
import { z } from 'zod';

import { recordAudit } from '@/lib/audit/audit';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { prisma } from '@/lib/db';
import { parseInput, ValidationError } from '@/lib/errors';

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
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: session.userId } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new ValidationError([{ path: 'currentPassword', message: 'This is not your current password' }]);
  }
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, { action: 'auth.password_changed', actorId: user.id });
  });
  await revokeUserSessions(user.id, session.sessionId);
}
