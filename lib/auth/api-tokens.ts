// Personal API tokens for other tools: shown once, stored as a hash, bound to one workspace, scoped read or
// read+write, optionally expiring, revocable. A token acts as its user with the user's current role, never more.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { ForbiddenError, NotFoundError, parseInput, RateLimitedError } from '@/lib/errors';
import { TokenScope } from '@/lib/generated/prisma/enums';
import { type OrderKey, pageArgs, pageQueryShape, toPage } from '@/lib/pagination';
import { isoDate, isUuid, requiredLine } from '@/lib/schemas';

import { authorize, type Principal } from './principal';
import { hitRateLimit, retryAfterSeconds } from './rate-limit';
import { hashSecret, newSecret } from './secrets';

export const TOKEN_PREFIX = 'sbp_';

export const apiTokenCreateInput = z.strictObject({
  name: requiredLine('Name', 100),
  scope: z.enum(TokenScope, { error: 'Scope must be READ or READ_WRITE' }),
  expiresAt: isoDate
    .refine((date) => Date.parse(date) > Date.now(), { error: 'must be in the future' })
    .nullable()
    .default(null),
});

const tokenView = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

/** Creates a token for the principal's own user in the principal's workspace; the secret is in the result only. */
export async function createApiToken(principal: Principal, input: z.input<typeof apiTokenCreateInput>) {
  authorize(principal, 'read');
  if (principal.token) throw new ForbiddenError('API tokens cannot create other tokens; sign in to create one.');
  const data = parseInput(apiTokenCreateInput, input);
  const limit = await hitRateLimit(`token-create:${principal.userId}`, env.TOKEN_CREATE_LIMIT_PER_MINUTE, 60_000);
  if (!limit.allowed) throw new RateLimitedError(retryAfterSeconds(limit));
  const secret = newSecret(TOKEN_PREFIX);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        userId: principal.userId,
        workspaceId: principal.workspaceId,
        name: data.name,
        scope: data.scope,
        expiresAt: data.expiresAt ? new Date(`${data.expiresAt}T23:59:59.999Z`) : null,
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        tokenHash: hashSecret(secret),
      },
      select: tokenView,
    });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'token.created',
      targetType: 'token',
      targetId: token.id,
      summary: token.name,
    });
    return { ...token, secret };
  });
}

export const apiTokenListQuery = z.strictObject({ ...pageQueryShape });

const newestFirst: OrderKey[] = [
  { field: 'createdAt', direction: 'desc', type: 'date' },
  { field: 'id', direction: 'desc', type: 'uuid' },
];

/** The principal's own tokens in this workspace, newest first; admins may ask for every member's. */
export async function listApiTokens(
  principal: Principal,
  options: { allMembers?: boolean } = {},
  query: z.input<typeof apiTokenListQuery> = {},
) {
  authorize(principal, options.allMembers ? 'administer' : 'read');
  const { limit, cursor } = parseInput(apiTokenListQuery, query);
  const { where, ...page } = pageArgs(newestFirst, limit, cursor);
  const rows = await (
    await prisma()
  ).apiToken.findMany({
    ...page,
    where: {
      workspaceId: principal.workspaceId,
      ...(!options.allMembers && { userId: principal.userId }),
      ...where,
    },
    select: { ...tokenView, user: { select: { id: true, name: true, email: true } } },
  });
  return toPage(rows, limit, newestFirst);
}

/** Revokes one of the principal's tokens, or (admins) any token of the workspace. */
export async function revokeApiToken(principal: Principal, tokenId: string): Promise<void> {
  authorize(principal, 'read');
  if (principal.token?.scope === 'READ') throw new ForbiddenError('This API token is read-only: its scope is "read".');
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const token = isUuid(tokenId)
      ? await tx.apiToken.findFirst({ where: { id: tokenId, workspaceId: principal.workspaceId } })
      : null;
    const isOwn = token?.userId === principal.userId;
    if (!token || (!isOwn && principal.role !== 'ADMIN')) throw new NotFoundError('API token');
    if (!isOwn) authorize(principal, 'administer');
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'token.revoked',
      targetType: 'token',
      targetId: token.id,
      summary: token.name,
    });
  });
}

/**
 * The principal a bearer token acts as, or null when it is unknown, revoked, expired, its user is disabled or no
 * longer a member of the token's workspace. Checked on every request.
 */
export async function authenticateApiToken(secret: string): Promise<Principal | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const db = await prisma();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { user: { select: { isDisabled: true, memberships: { select: { workspaceId: true, role: true } } } } },
  });
  const now = new Date();
  if (!token || token.revokedAt || token.user.isDisabled || (token.expiresAt && token.expiresAt <= now)) return null;
  const membership = token.user.memberships.find((m) => m.workspaceId === token.workspaceId);
  if (!membership) return null;
  // At most one write a minute per token: lastUsedAt is informational, not worth a write per request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    userId: token.userId,
    workspaceId: token.workspaceId,
    role: membership.role,
    token: { id: token.id, scope: token.scope },
  };
}
