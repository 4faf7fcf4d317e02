// Fixed-window rate limits kept in the database, so every app instance counts against the same numbers.
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the current window ends. */
  resetAt: Date;
}

/** Counts one hit against `key` and says whether it is within `limit` per `windowMs`. */
export async function hitRateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  return hitRateLimits([{ key, limit }], windowMs);
}

/**
 * Counts one hit against every bucket in one statement and answers for the tightest of them: the one with the
 * fewest hits left (a refused bucket first).
 */
export async function hitRateLimits(
  buckets: Array<{ key: string; limit: number }>,
  windowMs: number,
): Promise<RateLimitResult> {
  const now = new Date();
  const cutoff = new Date(now.getTime() - windowMs);
  const db = await prisma();
  const rows = Prisma.join(buckets.map(({ key }) => Prisma.sql`(${key}, ${now}, 1)`));
  // One atomic upsert, so concurrent hits from several instances never lose a count. A window opens at the first
  // hit after the previous one closed, so a burst cannot straddle a clock boundary to get twice the limit.
  const counted = await db.$queryRaw<Array<{ key: string; count: number; windowStart: Date }>>`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ${rows}
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."windowStart" > ${cutoff} THEN "RateLimitBucket".count + 1 ELSE 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" > ${cutoff} THEN "RateLimitBucket"."windowStart" ELSE ${now} END
    RETURNING key, count, "windowStart"`;
  const results = buckets.map(({ key, limit }) => {
    const row = counted.find((candidate) => candidate.key === key);
    const count = row?.count ?? 1;
    return {
      allowed: count <= limit,
      limit,
      remaining: Math.max(0, limit - count),
      resetAt: new Date((row?.windowStart ?? now).getTime() + windowMs),
    };
  });
  // A refused bucket has no slack; at the limit but allowed has one.
  const slack = (result: RateLimitResult) => result.remaining + Number(result.allowed);
  return results.reduce((tightest, result) => (slack(result) < slack(tightest) ? result : tightest));
}

/** Seconds until `result`'s window ends, for Retry-After. */
export function retryAfterSeconds(result: RateLimitResult): number {
  return Math.max(1, Math.ceil((result.resetAt.getTime() - Date.now()) / 1000));
}
