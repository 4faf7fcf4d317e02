import { describe, expect, it } from 'vitest';

import { PreconditionFailedError } from '@/lib/errors';
import { createTask } from '@/lib/tasks/create-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { etagOf } from '@/lib/tasks/task-etag';
import { updateTask } from '@/lib/tasks/update-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { fullDocument } from '../fixtures/full-document';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('task versions', () => {
  it('changes neither version nor updatedAt when a write changes nothing', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Stable', sections: fullDocument });
    const again = await updateTaskSection(ws.member, task.key, 'technicalRisks', task.sections.technicalRisks);
    expect(again.changed).toBe(false);
    const withoutIds = await updateTaskSection(ws.member, task.key, 'databaseChanges', fullDocument.databaseChanges);
    expect(withoutIds.changed).toBe(false);
    await updateTask(ws.member, task.key, { title: 'Stable', status: 'TODO' });
    const read = await getTaskDocument(ws.member, task.key);
    expect(read.version).toBe(1);
    expect(read.updatedAt).toBe(task.updatedAt);
  });

  it('bumps the version once per content change', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Moving' });
    const renamed = await updateTask(ws.member, task.key, { title: 'Moved' });
    expect(renamed.version).toBe(2);
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(task.updatedAt));
    const checked = await updateTaskSection(ws.member, task.key, 'definitionOfDone', {
      items: task.sections.definitionOfDone.items.map((item, index) => ({ ...item, isDone: index === 0 })),
    });
    expect(checked).toMatchObject({ changed: true, version: 3 });
    expect(checked.section.items[0]?.isDone).toBe(true);
  });

  it('refuses a write based on a stale ETag and keeps the newer content', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Contested' });
    const summaryTag = etagOf(task.sections.summary);
    await updateTaskSection(ws.member, task.key, 'summary', { text: 'first writer' }, { ifMatch: [summaryTag] });
    const stale = updateTaskSection(ws.member, task.key, 'summary', { text: 'second' }, { ifMatch: [summaryTag] });
    await expect(stale).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(updateTask(ws.member, task.key, { title: 'x' }, { ifMatch: [etagOf(task)] })).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    const read = await getTaskDocument(ws.member, task.key);
    expect(read.sections.summary.text).toBe('first writer');
    expect(read.title).toBe('Contested');
    expect(read.version).toBe(2);
  });

  it('lets two writers holding the same document edit different sections, but not the same one twice', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Shared' });
    const solutionTag = etagOf(task.sections.implementationApproach);
    const summaryTag = etagOf(task.sections.summary);
    await updateTaskSection(ws.member, task.key, 'summary', { text: 'mine' }, { ifMatch: [summaryTag] });
    const other = await updateTaskSection(
      ws.manager,
      task.key,
      'implementationApproach',
      { solution: 'theirs', keyComponents: [] },
      { ifMatch: [solutionTag] },
    );
    expect(other.changed).toBe(true);
    expect(etagOf(other.section)).toBe(other.etag);
    // The whole document's ETag is stricter: any change since makes it stale.
    await expect(
      updateTaskSection(ws.member, task.key, 'summary', { text: 'late' }, { ifMatch: [etagOf(task)] }),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    const read = await getTaskDocument(ws.member, task.key);
    expect(read.sections.summary.text).toBe('mine');
    expect(read.sections.implementationApproach.solution).toBe('theirs');
  });
});
