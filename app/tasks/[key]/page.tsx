import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';

import { Breadcrumbs } from '@/components/breadcrumbs';
import { CompletenessPanel } from '@/components/completeness-panel';
import { TaskMarkdownActions } from '@/components/markdown/task-markdown-actions';
import { type MetadataChoices, MetadataPanel } from '@/components/metadata-panel';
import { documentGroups } from '@/components/section-data';
import { TaskDocumentView } from '@/components/task-document-view';
import { TaskHistory } from '@/components/task-history';
import { TaskOutline } from '@/components/task-outline';
import { getTaskHistory } from '@/lib/audit/audit-log';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can, type Principal } from '@/lib/auth/principal';
import { NotFoundError } from '@/lib/errors';
import { listFeatures } from '@/lib/features/features';
import { listSprints } from '@/lib/sprints/sprints';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { listMembers } from '@/lib/workspaces/members';
import { getWorkspaceSettings } from '@/lib/workspaces/workspace-settings';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ key: string }> };

/**
 * The task for this request, shared by `generateMetadata` and the page. A missing task renders not-found.tsx; the
 * loading skeleton has already started the stream by then, so Next sends it with status 200 and a noindex tag.
 */
/** Who and what a task's details can point at, for the in-place selects. */
async function metadataChoices(principal: Principal): Promise<MetadataChoices> {
  const [members, features, sprints] = await Promise.all([
    listMembers(principal, { limit: 200 }),
    listFeatures(principal, { limit: 200 }),
    listSprints(principal, { limit: 200 }),
  ]);
  return { members: members.items, features: features.items, sprints: sprints.items };
}

const loadTask = cache(async (key: string) => {
  const principal = await getPagePrincipal();
  if (!principal) notFound();
  try {
    const task = await getTaskDocument(principal, key);
    const canEdit = can(principal, 'writeTasks');
    const [history, choices, settings] = await Promise.all([
      getTaskHistory(principal, task.id),
      canEdit ? metadataChoices(principal) : undefined,
      getWorkspaceSettings(principal),
    ]);
    return { ...task, history, canEdit, choices, settings };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const task = await loadTask((await params).key);
  return { title: `${task.key}: ${task.title}` };
}

export default async function TaskPage({ params }: Props) {
  const { key } = await params;
  const task = await loadTask(key);
  // One address per task: `/tasks/task-41` and `/tasks/<id>` lead to `/tasks/TASK-41`.
  if (key !== task.key) redirect(`/tasks/${task.key}`);
  const groups = documentGroups(task);

  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_15rem] xl:gap-10">
      <article aria-labelledby="task-title" className="min-w-0 space-y-6">
        <header className="space-y-2">
          <Breadcrumbs items={[{ label: 'Tasks', href: '/' }, { label: task.key }]} />
          <h1 id="task-title" className="text-xl font-semibold tracking-tight text-balance">
            <span className="mr-2 font-mono text-base font-medium text-fg-muted">{task.key}</span>
            {task.title}
          </h1>
          <TaskMarkdownActions taskKey={task.key} canEdit={task.canEdit} />
        </header>
        <MetadataPanel task={task} choices={task.choices} />
        <CompletenessPanel completeness={task.completeness} settings={task.settings} />
        <TaskDocumentView groups={groups} editKey={task.canEdit ? task.key : undefined} />
        <TaskHistory events={task.history} />
      </article>
      <aside className="hidden xl:block">
        <div className="sticky top-16 max-h-[calc(100dvh-5rem)] overflow-y-auto pb-6">
          <TaskOutline groups={groups} completeness={task.completeness} />
        </div>
      </aside>
    </div>
  );
}
