// Runs before every request: the Content-Security-Policy (with a per-request nonce that Next.js puts on its own scripts)
// and a redirect of signed-out page views to the sign-in page. That redirect is a convenience only: every page,
// action and route checks the session itself, through the service layer.
import { type NextRequest, NextResponse } from 'next/server';

import { SESSION_COOKIES } from '@/lib/auth/session-cookies';
import { env } from '@/lib/env';

const publicPages = [/^\/sign-in$/, /^\/sign-up$/, /^\/invite\//];

function contentSecurityPolicy(nonce: string): string {
  const scripts = [
    `'self'`,
    `'nonce-${nonce}'`,
    `'strict-dynamic'`,
    ...(env.NODE_ENV === 'development' ? [`'unsafe-eval'`] : []),
  ];
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(' ')}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
    `form-action 'self'`,
  ].join('; ');
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPage = !pathname.startsWith('/api/');
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (isPage && !signedIn && !publicPages.some((pattern) => pattern.test(pathname))) {
    const signIn = new URL('/sign-in', request.url);
    if (pathname !== '/') signIn.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (isHttps(request)) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  // Static assets and the JSON API need no nonce (nor a sign-in redirect: the API answers 401 itself);
  // next.config.js gives them, like everything else, the static security headers.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/v1/).*)'],
};
