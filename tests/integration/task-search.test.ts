import { describe, expect, it } from 'vitest';

import { createTask } from '@/lib/tasks/create-task';
import { findTasks } from '@/lib/tasks/find-tasks';
import { updateTask } from '@/lib/tasks/update-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

const keys = (page: { items: Array<{ key: string }> }) => page.items.map((task) => task.key);

describe('full-text search over task documents', () => {
  it('finds a task by words in any section, ranking title over summary over the rest', async () => {
    const ws = await createTestWorkspace('FTS');
    const inRisks = await createTask(ws.member, {
      title: 'Nightly billing',
      sections: {
        technicalRisks: { items: [{ name: 'Replication lag', description: 'Invoices duplicated during failover' }] },
      },
    });
    const inSummary = await createTask(ws.member, {
      title: 'Payment retries',
      sections: { summary: { text: 'Stop duplicated invoices when the gateway times out' } },
    });
    const inTitle = await createTask(ws.member, { title: 'Duplicated invoices report' });
    await createTask(ws.member, { title: 'Unrelated work' });

    expect(keys(await findTasks(ws.viewer, { q: 'duplicated invoices' }))).toEqual([
      inTitle.key,
      inSummary.key,
      inRisks.key,
    ]);
    expect(keys(await findTasks(ws.viewer, { q: 'failover' }))).toEqual([inRisks.key]);
    // Stemming: "invoice" finds "invoices".
    expect(keys(await findTasks(ws.viewer, { q: 'invoice', sort: '-number' }))).toEqual([
      inTitle.key,
      inSummary.key,
      inRisks.key,
    ]);
    expect(keys(await findTasks(ws.viewer, { q: 'nothing-like-this' }))).toEqual([]);
  });

  it('follows edits of sections and titles, and pages ranked results', async () => {
    const ws = await createTestWorkspace('FTS');
    const task = await createTask(ws.member, { title: 'Plain' });
    expect(keys(await findTasks(ws.viewer, { q: 'kubernetes' }))).toEqual([]);
    await updateTaskSection(ws.member, task.key, 'deploymentSteps', { items: [{ title: 'Roll out on Kubernetes' }] });
    expect(keys(await findTasks(ws.viewer, { q: 'kubernetes' }))).toEqual([task.key]);
    await updateTask(ws.member, task.key, { title: 'Helm chart' });
    expect(keys(await findTasks(ws.viewer, { q: 'helm' }))).toEqual([task.key]);

    for (let i = 0; i < 4; i++) await createTask(ws.member, { title: `Helm values ${i}` });
    const first = await findTasks(ws.viewer, { q: 'helm', limit: 3 });
    const second = await findTasks(ws.viewer, { q: 'helm', limit: 3, cursor: first.nextCursor ?? undefined });
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...keys(first), ...keys(second)]).size).toBe(5);
  });

  it('keeps other workspaces out of the results', async () => {
    const mine = await createTestWorkspace('FTS');
    const theirs = await createTestWorkspace('FTS');
    await createTask(theirs.member, { title: 'Secret quasar project' });
    expect(keys(await findTasks(mine.viewer, { q: 'quasar' }))).toEqual([]);
  });
});
