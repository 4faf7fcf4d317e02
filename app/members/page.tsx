import type { Metadata } from 'next';

import { InviteForm } from '@/components/members/invite-form';
import { MemberTable } from '@/components/members/member-table';
import { roleHelp } from '@/components/members/roles';
import { NoWorkspace } from '@/components/no-workspace';
import { PageSection } from '@/components/page-section';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { listMembers } from '@/lib/workspaces/members';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage() {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const members = (await listMembers(principal, { limit: 200 })).items;
  const isAdmin = can(principal, 'administer');

  return (
    <div className="max-w-5xl space-y-8">
      <header>
        <div className="flex items-baseline gap-2">
          <h1 className="text-lg font-semibold tracking-tight">Members</h1>
          <span className="text-sm text-fg-muted tabular-nums">{members.length}</span>
        </div>
        <p className="text-sm text-fg-muted">{roleHelp}</p>
      </header>
      {isAdmin ? (
        <PageSection
          id="invite"
          title="Invite someone"
          description="Creates a link that adds the email to this workspace. It expires after 7 days."
        >
          <InviteForm />
        </PageSection>
      ) : null}
      <PageSection
        id="members"
        title="People"
        description={isAdmin ? undefined : 'Only workspace admins can change roles or remove members.'}
      >
        <MemberTable members={members} canEdit={isAdmin} currentUserId={principal.userId} />
      </PageSection>
    </div>
  );
}
