// Calls the REST API in-process, through the same handler the Next.js route mounts: real routing, auth, database
// and headers, without a server per test file.
import { encode } from 'next-auth/jwt';

import { handleApiRequest } from '@/lib/api/handle-api-request';
import { createApiToken } from '@/lib/auth/api-tokens';
import { getAuthSecret } from '@/lib/auth/auth-secret';
import type { Principal } from '@/lib/auth/principal';
import { createSession } from '@/lib/auth/sessions';

export interface ApiReply {
  status: number;
  headers: Headers;
  /** Parsed JSON (problem or resource), or the text when it is not JSON; undefined when empty. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
}

export interface RawRequest {
  body?: string;
  headers?: Record<string, string>;
}

export async function tokenFor(principal: Principal, scope: 'READ' | 'READ_WRITE' = 'READ_WRITE'): Promise<string> {
  const { secret } = await createApiToken(principal, { name: `test ${scope}`, scope });
  return secret;
}

export async function rawRequest(method: string, path: string, init: RawRequest = {}): Promise<ApiReply> {
  const response = await handleApiRequest(
    new Request(`http://specboard.test/api/v1${path}`, { method, body: init.body, headers: init.headers }),
  );
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  if (/json/.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body };
}

/** A client acting with `token`; `headers` are added to every request. */
export function apiClient(token: string | null) {
  const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    rawRequest(method, path, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { ...auth, ...(body !== undefined && { 'Content-Type': 'application/json' }), ...headers },
    });
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => send('POST', path, body, headers),
    put: (path: string, body?: unknown, headers?: Record<string, string>) => send('PUT', path, body, headers),
    patch: (path: string, body?: unknown, headers?: Record<string, string>) => send('PATCH', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => send('DELETE', path, undefined, headers),
    raw: (method: string, path: string, init: RawRequest = {}) =>
      rawRequest(method, path, { ...init, headers: { ...auth, ...init.headers } }),
  };
}
export type ApiClient = ReturnType<typeof apiClient>;

/** A browser-session cookie for the principal's user, as next-auth would set it after sign-in. */
export async function sessionCookieFor(principal: Principal): Promise<string> {
  const sid = await createSession(principal.userId);
  const token = await encode({ token: { sid, sub: principal.userId }, secret: await getAuthSecret() });
  return `next-auth.session-token=${token}; specboard-workspace=${principal.workspaceId}`;
}
