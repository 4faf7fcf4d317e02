// Idempotency-Key for POST (as Stripe does it): the first successful response is stored for 24 h under the
// caller's key, a retry replays it with `Idempotent-Replayed: true`, and the same key on another request is refused.
// Keys live in the database so every app instance agrees. A failed request stores nothing and may be retried.
import { createHash } from 'node:crypto';

import type { Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { ConflictError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

import { ApiError } from './problem';

const KEEP_MS = 24 * 60 * 60 * 1000;
const keyPattern = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Claim = { isReplay: false; id: string } | { isReplay: true; response: StoredResponse };

export function requestHash(request: Request, body: unknown): string {
  const url = new URL(request.url);
  return createHash('sha256')
    .update(`${request.method} ${url.pathname}${url.search}\n${JSON.stringify(body ?? null)}`)
    .digest('base64url');
}

/** A session's keys are per workspace too: the same key in another workspace is another request. */
function ownerOf(principal: Principal): string {
  return principal.token ? `token:${principal.token.id}` : `user:${principal.userId}:${principal.workspaceId}`;
}

/** Claims `key` for this request, or answers with the response to replay. */
export async function claimIdempotencyKey(principal: Principal, key: string, hash: string): Promise<Claim> {
  if (!keyPattern.test(key)) {
    throw new ApiError('malformed-request', 'Idempotency-Key must be 1 to 255 visible ASCII characters.');
  }
  const db = await prisma();
  const owner = ownerOf(principal);
  const now = new Date();
  // Expired keys are swept now and then by whichever request comes along; the index on expiresAt keeps it cheap.
  if (Math.random() < 0.01) await db.idempotencyKey.deleteMany({ where: { expiresAt: { lt: now } } });
  // One statement claims a new key or takes over an expired one; a live key returns no row.
  const [claimed] = await db.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "IdempotencyKey" (id, owner, key, "requestHash", "expiresAt")
    VALUES (gen_random_uuid(), ${owner}, ${key}, ${hash}, ${new Date(now.getTime() + KEEP_MS)})
    ON CONFLICT (owner, key) DO UPDATE SET
      "requestHash" = EXCLUDED."requestHash", status = NULL, headers = NULL, body = NULL,
      "createdAt" = ${now}, "expiresAt" = EXCLUDED."expiresAt"
      WHERE "IdempotencyKey"."expiresAt" < ${now}
    RETURNING id::text`;
  if (claimed) return { isReplay: false, id: claimed.id };

  const existing = await db.idempotencyKey.findUnique({ where: { owner_key: { owner, key } } });
  if (!existing) throw new ConflictError('This Idempotency-Key was just released; retry the request.');
  if (existing.requestHash !== hash) {
    throw new ApiError(
      'validation-failed',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    );
  }
  if (existing.status === null || existing.body === null) {
    throw new ConflictError('A request with this Idempotency-Key is still being processed; retry in a moment.');
  }
  return {
    isReplay: true,
    response: { status: existing.status, headers: existing.headers as Record<string, string>, body: existing.body },
  };
}

export async function completeIdempotencyKey(id: string, response: StoredResponse): Promise<void> {
  await (
    await prisma()
  ).idempotencyKey.update({
    where: { id },
    data: { status: response.status, headers: response.headers as Prisma.InputJsonObject, body: response.body },
  });
}

/** Frees the key after a failed request, so a retry runs again. */
export async function releaseIdempotencyKey(id: string): Promise<void> {
  await (await prisma()).idempotencyKey.deleteMany({ where: { id } });
}
