import './globals.css';

import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';

import { SiteHeader } from '@/components/site-header';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { getWorkspace } from '@/lib/workspaces/workspaces';

export const metadata: Metadata = {
  title: { template: '%s · Specboard', default: 'Specboard' },
  description: 'Implementation tasks as structured documents.',
};

/** The header's workspace name. A failure here must not take down every page: the page below reports it. */
async function workspaceName(): Promise<string | null> {
  // Rendered per request: the database is opened by the server, never at build time.
  await connection();
  try {
    const principal = await getPagePrincipal();
    return principal ? (await getWorkspace(principal)).name : null;
  } catch (error) {
    console.error('specboard: could not load the workspace for the header', error);
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const name = await workspaceName();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-canvas text-fg">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader workspaceName={name} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
