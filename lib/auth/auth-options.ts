// next-auth configuration. next-auth signs the session cookie; the cookie carries only the id of a Session row,
// which every request checks (lib/auth/sessions.ts), so sign-out and revocation take effect at once.
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';

import { recordAudit } from '@/lib/audit/audit';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';

import { getAuthSecret } from './auth-secret';
import { clientIpFrom } from './client-ip';
import { userForOAuthIdentity } from './oauth-users';
import { createSession, revokeSession } from './sessions';
import { signInWithPassword } from './sign-in';

/** Errors the sign-in page explains; next-auth passes them as `?error=`. */
export const signInErrors = {
  CredentialsSignin: 'Wrong email or password.',
  RateLimited: 'Too many sign-in attempts. Wait a minute and try again.',
  AccessDenied: 'This account cannot sign in here. Ask an admin for an invitation.',
} as const;

function oauthProviders(): AuthOptions['providers'] {
  const providers: AuthOptions['providers'] = [];
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET }));
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: 'oidc',
      name: env.OIDC_NAME,
      type: 'oauth',
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile: (profile: { sub: string; email?: string; email_verified?: boolean; name?: string }) => ({
        id: profile.sub,
        email: profile.email ?? null,
        emailVerified: profile.email_verified === true,
        name: profile.name ?? null,
      }),
    });
  }
  return providers;
}

export function enabledOAuthProviders(): Array<{ id: string; name: string }> {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

export async function getAuthOptions(): Promise<AuthOptions> {
  return {
    secret: await getAuthSecret(),
    session: { strategy: 'jwt', maxAge: env.SESSION_MAX_DAYS * 86_400 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, request) {
          const ip = clientIpFrom(request.headers ?? {});
          const result = await signInWithPassword(credentials?.email ?? '', credentials?.password ?? '', ip);
          if (result.ok) return result.user;
          // next-auth turns a thrown error's message into the sign-in page's `?error=`.
          throw new Error(result.reason === 'rate_limited' ? 'RateLimited' : 'CredentialsSignin');
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === 'credentials') return true;
        const userId = await userForOAuthIdentity({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          // Only OIDC says whether the email is verified; next-auth's GitHub profile does not, so it never links.
          isEmailVerified: account.provider === 'oidc' && (user as { emailVerified?: boolean }).emailVerified === true,
          name: user.name,
        });
        if (!userId) return false;
        user.id = userId;
        await recordAudit(await prisma(), { action: 'auth.sign_in', actorId: userId, summary: account.provider });
        return true;
      },
      async jwt({ token, user }) {
        // `user` is present only at sign-in: start the server-side session the cookie will point at.
        if (user) return { sid: await createSession(user.id), sub: user.id };
        return token;
      },
      // Nothing from the token reaches the browser beyond what the header shows.
      session: ({ session }) => ({
        expires: session.expires,
        user: { name: session.user?.name, email: session.user?.email },
      }),
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid !== 'string') return;
        await revokeSession(token.sid);
        await recordAudit(await prisma(), { action: 'auth.sign_out', actorId: token.sub ?? null });
      },
    },
  };
}
