import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { PasswordForm } from '@/components/account/password-form';
import { TokenCreateForm } from '@/components/account/token-create-form';
import { TokenTable } from '@/components/account/token-table';
import { PageSection } from '@/components/page-section';
import { listApiTokens } from '@/lib/auth/api-tokens';
import { getSessionUser } from '@/lib/auth/current-user';
import { getPagePrincipal } from '@/lib/auth/page-principal';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const principal = await getPagePrincipal();
  const user = principal?.user ?? (await getSessionUser());
  if (!user) redirect('/sign-in');
  const tokens = principal ? (await listApiTokens(principal, {}, { limit: 200 })).items : [];

  return (
    <div className="max-w-5xl space-y-8">
      <header>
        <h1 className="text-lg font-semibold tracking-tight">Account</h1>
        <p className="text-sm text-fg-muted">
          Signed in as <span className="font-medium text-fg">{user.name}</span> ({user.email})
        </p>
      </header>
      <PageSection id="password" title="Password" description="Changing it signs you out everywhere else.">
        <PasswordForm />
      </PageSection>
      <PageSection
        id="tokens"
        title="API tokens"
        description="Tokens let scripts and other tools use the REST API as you, in this workspace, with your role or less."
      >
        {principal ? (
          <div className="space-y-4">
            <TokenCreateForm />
            {tokens.length > 0 ? (
              <TokenTable tokens={tokens} now={new Date()} />
            ) : (
              <p className="rounded-lg border border-dashed border-line-strong px-4 py-6 text-center text-sm text-fg-muted">
                No tokens yet. Create one above; it is shown once.
              </p>
            )}
          </div>
        ) : (
          <p className="text-sm text-fg-muted">Join a workspace to create API tokens.</p>
        )}
      </PageSection>
    </div>
  );
}
