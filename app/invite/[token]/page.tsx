import type { Metadata } from 'next';

import { AcceptInviteForm } from '@/components/invite/accept-invite-form';
import { getSessionUser } from '@/lib/auth/current-user';

import { acceptInviteAction } from './actions';

export const dynamic = 'force-dynamic';
// The link's secret is in the URL: keep it out of the Referer header of any link followed from here.
export const metadata: Metadata = { title: 'Join a workspace', referrer: 'no-referrer', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await getSessionUser();

  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-center text-lg font-semibold tracking-tight">Join a workspace</h1>
      <p className="mt-1 text-center text-sm text-fg-muted">
        You have been invited to a Specboard workspace. Accepting adds the invited email to it.
      </p>
      <div className="mt-6 space-y-3 rounded-lg border border-line bg-surface p-5">
        {user ? (
          <p className="text-xs text-fg-muted">
            Signed in as <span className="font-medium text-fg">{user.email}</span>. If the invitation is for another
            email, that account joins instead.
          </p>
        ) : null}
        <AcceptInviteForm action={acceptInviteAction.bind(null, token)} />
      </div>
    </div>
  );
}
