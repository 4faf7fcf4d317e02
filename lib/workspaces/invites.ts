// Invitations by link: an admin invites an email with a role; the link holds a single-use token that expires.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { hashSecret, newSecret } from '@/lib/auth/secrets';
import { prisma } from '@/lib/db';
import { ConflictError, ForbiddenError, NotFoundError, parseInput } from '@/lib/errors';
import { Role } from '@/lib/generated/prisma/enums';
import { requiredLine } from '@/lib/schemas';
import { hashPassword, passwordInput } from '@/lib/users/password';

const INVITE_TTL_MS = 7 * 86_400_000;

export const inviteCreateInput = z.strictObject({
  email: z.email({ error: 'Must be an email address' }).transform((email) => email.toLowerCase()),
  role: z.enum(Role).default('MEMBER'),
});

/** Creates an invite and returns the secret for its link (`/invite/<secret>`), shown once. */
export async function createInvite(principal: Principal, input: z.input<typeof inviteCreateInput>) {
  authorize(principal, 'administer');
  const data = parseInput(inviteCreateInput, input);
  const secret = newSecret('sbi_');
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: {
        ...data,
        workspaceId: principal.workspaceId,
        invitedById: principal.userId,
        tokenHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + INVITE_TTL_MS),
      },
    });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'invite.created',
      targetType: 'invite',
      targetId: invite.id,
      summary: `${data.email} as ${data.role}`,
    });
    return { id: invite.id, email: invite.email, role: invite.role, expiresAt: invite.expiresAt, secret };
  });
}

export const inviteAcceptInput = z.strictObject({
  name: requiredLine('Name', 100),
  password: passwordInput,
});

/**
 * Accepts an invite: joins the invited email's account (the signed-in user must be that account) to the workspace,
 * or creates the account (with `account`'s name and password) when none exists. The token works once and only until it expires.
 */
export async function acceptInvite(
  secret: string,
  account?: z.input<typeof inviteAcceptInput>,
  signedInUserId?: string,
) {
  const db = await prisma();
  const invite = await db.invite.findUnique({ where: { tokenHash: hashSecret(secret) } });
  if (!invite || invite.acceptedAt || invite.expiresAt <= new Date())
    throw new NotFoundError('Invitation (it may have expired or been used)');
  const existing = await db.user.findUnique({ where: { email: invite.email } });
  // Joining an existing account to a workspace takes that account's own session, not just the link.
  if (existing && existing.id !== signedInUserId) {
    throw new ForbiddenError(`Sign in as ${invite.email} to accept this invitation.`);
  }
  const newAccount = existing ? undefined : parseInput(inviteAcceptInput, account);
  const passwordHash = newAccount ? await hashPassword(newAccount.password) : undefined;
  return db.$transaction(async (tx) => {
    // Claiming the invite first makes a second, concurrent use find nothing left to claim.
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count === 0) throw new ConflictError('This invitation has already been used.');
    const user =
      existing ??
      (await tx.user.create({ data: { email: invite.email, name: newAccount?.name ?? invite.email, passwordHash } }));
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId: user.id } },
      create: { workspaceId: invite.workspaceId, userId: user.id, role: invite.role },
      update: { role: invite.role },
    });
    await recordAudit(tx, {
      workspaceId: invite.workspaceId,
      actorId: user.id,
      action: 'invite.accepted',
      targetType: 'invite',
      targetId: invite.id,
      summary: `${invite.email} as ${invite.role}`,
    });
    return { userId: user.id, workspaceId: invite.workspaceId, isNewAccount: !existing };
  });
}
