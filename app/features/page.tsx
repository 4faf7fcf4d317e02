import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '@/components/empty-state';
import { NoWorkspace } from '@/components/no-workspace';
import { featureFields } from '@/components/planning/planning-fields';
import { PlanningForm } from '@/components/planning/planning-form';
import { ProgressBar } from '@/components/planning/progress-bar';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { listFeatures } from '@/lib/features/features';
import { countTasksPer } from '@/lib/tasks/find-tasks';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Features' };

export default async function FeaturesPage() {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const [features, progress] = await Promise.all([
    listFeatures(principal, { limit: 200 }),
    countTasksPer(principal, 'featureId'),
  ]);
  const canManage = can(principal, 'managePlanning');
  return (
    <div className="max-w-5xl space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold tracking-tight">Features</h1>
        {canManage ? (
          <PlanningForm
            resource="features"
            fields={featureFields}
            initial={{ name: '', status: 'PLANNED', description: '' }}
            submitLabel="New feature"
          />
        ) : null}
      </header>
      {features.items.length === 0 ? (
        <EmptyState title="No features yet">
          <p>{canManage ? 'Create one to group related tasks.' : 'Managers create features to group related tasks.'}</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {features.items.map((feature) => {
            const counts = progress.get(feature.id) ?? { total: 0, done: 0 };
            return (
              <li key={feature.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5">
                <div className="min-w-0">
                  <Link href={`/features/${feature.id}`} className="font-medium hover:text-accent hover:underline">
                    {feature.name}
                  </Link>
                  <p className="text-xs text-fg-muted">{feature.status.replace('_', ' ').toLowerCase()}</p>
                </div>
                <ProgressBar done={counts.done} total={counts.total} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
