// The client's IP for rate limits and the audit log. The server (scripts/server.ts) sets this header from the
// socket, or from X-Forwarded-For when TRUST_PROXY says a proxy in front sets it; a client cannot supply it.
export const CLIENT_IP_HEADER = 'x-specboard-client-ip';

export function clientIpFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return (Array.isArray(value) ? value[0] : value) ?? 'unknown';
}
