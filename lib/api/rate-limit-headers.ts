// The API's per-token and per-user request limits, counted in the database so every instance enforces the same
// numbers, and reported on every response in the RateLimit-* headers.
import type { Principal } from '@/lib/auth/principal';
import { hitRateLimits, retryAfterSeconds } from '@/lib/auth/rate-limit';
import { env } from '@/lib/env';

import { ApiError } from './problem';

const WINDOW_MS = 60_000;

/** Counts the request; returns the headers to send, or throws 429 when a limit is used up. */
export async function applyRateLimit(principal: Principal): Promise<Record<string, string>> {
  const result = await hitRateLimits(
    [
      { key: `api:user:${principal.userId}`, limit: env.API_USER_RATE_LIMIT_PER_MINUTE },
      ...(principal.token
        ? [{ key: `api:token:${principal.token.id}`, limit: env.API_TOKEN_RATE_LIMIT_PER_MINUTE }]
        : []),
    ],
    WINDOW_MS,
  );
  const reset = retryAfterSeconds(result);
  const headers = {
    'RateLimit-Limit': String(result.limit),
    'RateLimit-Remaining': String(result.remaining),
    'RateLimit-Reset': String(reset),
  };
  if (!result.allowed) {
    throw new ApiError(
      'rate-limited',
      `Rate limit of ${result.limit} requests per minute reached; retry in ${reset} s.`,
      { headers: { ...headers, 'Retry-After': String(reset) } },
    );
  }
  return headers;
}
