import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { Breadcrumbs } from '@/components/breadcrumbs';
import { EmptyState } from '@/components/empty-state';
import { NoWorkspace } from '@/components/no-workspace';
import { featureFields } from '@/components/planning/planning-fields';
import { PlanningForm } from '@/components/planning/planning-form';
import { ProgressBar } from '@/components/planning/progress-bar';
import { TaskTable } from '@/components/task-table';
import { TextBlock } from '@/components/text-block';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { NotFoundError } from '@/lib/errors';
import { getFeature } from '@/lib/features/features';
import { countTasksPer, findTasks } from '@/lib/tasks/find-tasks';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Feature' };

type Props = { params: Promise<{ id: string }> };

export default async function FeaturePage({ params }: Props) {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const { id } = await params;
  const feature = await getFeature(principal, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [tasks, progress] = await Promise.all([
    findTasks(principal, { feature: feature.id, limit: 200, sort: 'number' }),
    countTasksPer(principal, 'featureId'),
  ]);
  const counts = progress.get(feature.id) ?? { total: 0, done: 0 };
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <Breadcrumbs items={[{ label: 'Features', href: '/features' }, { label: feature.name }]} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-lg font-semibold tracking-tight">{feature.name}</h1>
          <ProgressBar done={counts.done} total={counts.total} />
        </div>
        {feature.description ? <TextBlock text={feature.description} className="text-sm text-fg-muted" /> : null}
        {can(principal, 'managePlanning') ? (
          <PlanningForm
            resource="features"
            id={feature.id}
            fields={featureFields}
            initial={{ name: feature.name, status: feature.status, description: feature.description }}
            submitLabel="Edit feature"
          />
        ) : null}
      </header>
      {tasks.items.length === 0 ? (
        <EmptyState title="No tasks in this feature">
          <p>Set a task&apos;s feature on the task page, or in the new-task dialog.</p>
        </EmptyState>
      ) : (
        <TaskTable tasks={tasks.items} caption={`Tasks of ${feature.name}`} />
      )}
    </div>
  );
}
