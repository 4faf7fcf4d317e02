import './globals.css';

import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';

import { type HeaderSession, SiteHeader } from '@/components/site-header';
import { getSessionPrincipal, getSessionUser, listUserWorkspaces } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/principal';

export const metadata: Metadata = {
  title: { template: '%s · Specboard', default: 'Specboard' },
  description: 'Implementation tasks as structured documents.',
};

/**
 * What the header shows of the visitor. Never redirects (the sign-in page renders in this layout too), and a
 * failure here must not take down every page: the page below reports it.
 */
async function headerSession(): Promise<HeaderSession | null> {
  // Rendered per request: the database is opened by the server, never at build time.
  await connection();
  try {
    const principal = await getSessionPrincipal();
    const user = principal?.user ?? (await getSessionUser());
    if (!user) return null;
    const workspaces = await listUserWorkspaces(user.userId);
    return {
      user: { name: user.name, email: user.email },
      workspaces: workspaces.map(({ id, name }) => ({ id, name })),
      currentWorkspaceId: principal?.workspaceId ?? null,
      isAdmin: principal ? can(principal, 'administer') : false,
      canWrite: principal ? can(principal, 'writeTasks') : false,
    };
  } catch (error) {
    console.error('specboard: could not load the signed-in user for the header', error);
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await headerSession();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-canvas text-fg">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader session={session} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
