import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '@/components/empty-state';
import { formatDate } from '@/components/format';
import { NoWorkspace } from '@/components/no-workspace';
import { CloseSprintForm } from '@/components/planning/close-sprint-form';
import { sprintFields } from '@/components/planning/planning-fields';
import { PlanningForm } from '@/components/planning/planning-form';
import { ProgressBar } from '@/components/planning/progress-bar';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { listSprints } from '@/lib/sprints/sprints';
import { countTasksPer } from '@/lib/tasks/find-tasks';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sprints' };

export default async function SprintsPage() {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const [sprints, progress] = await Promise.all([
    listSprints(principal, { limit: 200 }),
    countTasksPer(principal, 'sprintId'),
  ]);
  const canManage = can(principal, 'managePlanning');
  const next = Math.max(0, ...sprints.items.map((sprint) => sprint.number)) + 1;
  return (
    <div className="max-w-5xl space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold tracking-tight">Sprints</h1>
        {canManage ? (
          <PlanningForm
            resource="sprints"
            fields={sprintFields}
            initial={{
              number: next,
              name: `Sprint ${next}`,
              startDate: '',
              endDate: '',
              state: 'PLANNED',
              capacityPoints: null,
              capacityHours: null,
              goal: '',
            }}
            submitLabel="New sprint"
          />
        ) : null}
      </header>
      {sprints.items.length === 0 ? (
        <EmptyState title="No sprints yet">
          <p>{canManage ? 'Create one to plan work in iterations.' : 'Managers create sprints.'}</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {sprints.items.map((sprint) => {
            const counts = progress.get(sprint.id) ?? { total: 0, done: 0, points: 0, hours: 0 };
            const openTargets = sprints.items
              .filter((other) => other.id !== sprint.id && other.state !== 'CLOSED')
              .map((other): [string, string] => [other.id, `Sprint ${other.number}: ${other.name}`]);
            return (
              <li key={sprint.id} className="space-y-2 px-3 py-2.5">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div className="min-w-0">
                    <Link href={`/?sprint=${sprint.id}`} className="font-medium hover:text-accent hover:underline">
                      Sprint {sprint.number}: {sprint.name}
                    </Link>
                    <p className="text-xs text-fg-muted">
                      {sprint.state.toLowerCase()}
                      {sprint.startDate ? ` · ${formatDate(sprint.startDate)}` : ''}
                      {sprint.endDate ? ` – ${formatDate(sprint.endDate)}` : ''}
                    </p>
                  </div>
                  <ProgressBar done={counts.done} total={counts.total} />
                </div>
                <Commitment label="points" committed={counts.points} capacity={sprint.capacityPoints} />
                <Commitment label="hours" committed={counts.hours} capacity={sprint.capacityHours} />
                {canManage ? (
                  <CloseSprintForm
                    sprintId={sprint.id}
                    number={sprint.number}
                    targets={openTargets}
                    isClosed={sprint.state === 'CLOSED'}
                  />
                ) : null}
                {canManage ? (
                  <PlanningForm
                    resource="sprints"
                    id={sprint.id}
                    fields={sprintFields}
                    initial={{
                      number: sprint.number,
                      name: sprint.name,
                      startDate: sprint.startDate ?? '',
                      endDate: sprint.endDate ?? '',
                      state: sprint.state,
                      capacityPoints: sprint.capacityPoints,
                      capacityHours: sprint.capacityHours,
                      goal: sprint.goal,
                    }}
                    submitLabel={`Edit sprint ${sprint.number}`}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Committed estimates against the sprint's capacity; over capacity says so in words as well as colour. */
function Commitment({ label, committed, capacity }: { label: string; committed: number; capacity: number | null }) {
  if (capacity === null && committed === 0) return null;
  const isOver = capacity !== null && committed > capacity;
  return (
    <p className={`text-xs tabular-nums ${isOver ? 'text-status-blocked' : 'text-fg-muted'}`}>
      Committed {committed} {label}
      {capacity !== null ? ` of ${capacity} capacity` : ''}
      {isOver ? ` — ${committed - capacity} over` : ''}
    </p>
  );
}
