// Open sign-up, when ALLOW_SIGNUP is on: anyone may create an account (and then be invited to workspaces).
// Off by default; then accounts come from invitations and the admin CLI only.
import { z } from 'zod';

import { recordAudit } from '@/lib/audit/audit';
import { hitRateLimit, retryAfterSeconds } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { createUnique } from '@/lib/db/unique-violation';
import { env } from '@/lib/env';
import { ForbiddenError, parseInput, RateLimitedError, ValidationError } from '@/lib/errors';
import { requiredLine } from '@/lib/schemas';

import { hashPassword, passwordInput } from './password';

export const signUpInput = z.strictObject({
  name: requiredLine('Name', 100),
  email: z.email({ error: 'Must be an email address' }).transform((email) => email.toLowerCase()),
  password: passwordInput,
});

export async function signUp(input: unknown, ip: string, options = { isAllowed: env.ALLOW_SIGNUP }) {
  if (!options.isAllowed)
    throw new ForbiddenError('Sign-up is turned off here. Ask a workspace admin for an invitation.');
  const data = parseInput(signUpInput, input);
  const limit = await hitRateLimit(`sign-up:ip:${ip}`, env.SIGN_IN_LIMIT_PER_MINUTE, 60_000);
  if (!limit.allowed) throw new RateLimitedError(retryAfterSeconds(limit));
  const db = await prisma();
  const passwordHash = await hashPassword(data.password);
  const create = () =>
    db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash } });
      await recordAudit(tx, { action: 'auth.signed_up', actorId: user.id, ip });
      return { id: user.id, email: user.email };
    });
  return createUnique(
    create,
    () => new ValidationError([{ path: 'email', message: 'An account with this email exists; sign in instead.' }]),
  );
}
