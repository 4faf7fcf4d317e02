// Who is calling the REST API: an API token (`Authorization: Bearer sbp_…`) or the browser's session cookie. A
// cookie is sent by the browser on its own, so a cookie-authenticated write must come from our own origin (CSRF).
import { authenticateApiToken } from '@/lib/auth/api-tokens';
import { principalForUser, sessionUserFromCookie, WORKSPACE_COOKIE } from '@/lib/auth/current-user';
import type { Principal } from '@/lib/auth/principal';
import { SESSION_COOKIES } from '@/lib/auth/session-cookies';
import { env } from '@/lib/env';

import { ApiError } from './problem';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function readCookies(header: string | null): Map<string, string> {
  const jar = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const raw = pair.slice(at + 1).trim();
    // Another app on the same domain may set a cookie that is not valid percent-encoding: keep it as it is.
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      value = raw;
    }
    jar.set(pair.slice(0, at).trim(), value);
  }
  return jar;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  // Behind a trusted proxy the browser's host is in X-Forwarded-Host; otherwise only Host counts.
  const forwarded = env.TRUST_PROXY ? request.headers.get('x-forwarded-host') : null;
  const host = forwarded ?? request.headers.get('host');
  const isSameOrigin = origin
    ? host !== null && hostOf(origin) === host
    : request.headers.get('sec-fetch-site') === 'same-origin';
  if (!isSameOrigin) {
    throw new ApiError(
      'forbidden',
      'Cross-site requests cannot use the browser session to change data; call the API with an API token.',
    );
  }
}

const unauthenticated = (detail: string, error?: string) =>
  new ApiError('unauthenticated', detail, {
    headers: { 'WWW-Authenticate': `Bearer realm="specboard"${error ? `, error="${error}"` : ''}` },
  });

export async function authenticateRequest(request: Request): Promise<Principal> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const [scheme, secret, ...rest] = authorization.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || !secret || rest.length > 0) {
      throw unauthenticated('Use "Authorization: Bearer <API token>".', 'invalid_request');
    }
    const principal = await authenticateApiToken(secret);
    if (!principal) throw unauthenticated('The API token is unknown, revoked or expired.', 'invalid_token');
    return principal;
  }
  const jar = readCookies(request.headers.get('cookie'));
  const user = await sessionUserFromCookie(SESSION_COOKIES.map((name) => jar.get(name)).find(Boolean));
  if (!user) throw unauthenticated('Send an API token as "Authorization: Bearer <token>", or sign in.');
  if (!safeMethods.has(request.method)) assertSameOrigin(request);
  const principal = await principalForUser(user.userId, jar.get(WORKSPACE_COOKIE));
  if (!principal) throw new ApiError('forbidden', 'You are not a member of any workspace.');
  return principal;
}
