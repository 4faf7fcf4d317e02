import type { Metadata } from 'next';

import { NoWorkspace } from '@/components/no-workspace';
import { PageSection } from '@/components/page-section';
import { RequiredSectionsForm } from '@/components/settings/required-sections-form';
import { WipLimitsForm } from '@/components/settings/wip-limits-form';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { boardStatuses } from '@/lib/board/board';
import { conditionalSections, optionalSections } from '@/lib/tasks/completeness';
import { sectionKeys, sectionRegistry } from '@/lib/tasks/sections';
import { getWorkspaceSettings } from '@/lib/workspaces/workspace-settings';

import { saveRequiredSectionsAction, saveWipLimitsAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

function noteFor(key: (typeof sectionKeys)[number]): string | undefined {
  const triggers = conditionalSections[key];
  if (triggers)
    return `applies when ${triggers.map((trigger) => sectionRegistry[trigger].title).join(' or ')} is filled`;
  return optionalSections.has(key) ? 'optional' : undefined;
}

export default async function SettingsPage() {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const settings = await getWorkspaceSettings(principal);
  const canEdit = can(principal, 'administer');
  const sections = sectionKeys.map((key) => ({
    key,
    title: sectionRegistry[key].title,
    group: sectionRegistry[key].group,
    note: noteFor(key),
  }));

  return (
    <div className="max-w-4xl space-y-8">
      <header>
        <h1 className="text-lg font-semibold tracking-tight">Settings</h1>
        <p className="text-sm text-fg-muted">Rules every task of this workspace follows.</p>
      </header>
      <PageSection
        id="required-sections"
        title="Required sections"
        description={
          <>
            A task cannot move to In Progress (or In Review, or Done) until the sections ticked in the first column are
            filled, nor to Done until those in the second are too. A section that applies only under a condition is
            required only when it applies.{canEdit ? '' : ' Only workspace admins can change these rules.'}
          </>
        }
      >
        <RequiredSectionsForm
          sections={sections}
          settings={settings}
          action={saveRequiredSectionsAction}
          canEdit={canEdit}
        />
      </PageSection>
      <PageSection
        id="wip-limits"
        title="Work-in-progress limits"
        description="How many tasks each column of a sprint’s board (or the backlog’s) may hold. Moves past a limit, on the board or through the API, are warned about or refused."
      >
        <WipLimitsForm
          statuses={[...boardStatuses]}
          limits={settings.wipLimits}
          mode={settings.wipMode}
          action={saveWipLimitsAction}
          canEdit={canEdit}
        />
      </PageSection>
    </div>
  );
}
