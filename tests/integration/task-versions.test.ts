import { describe, expect, it } from 'vitest';

import { ConflictError } from '@/lib/errors';
import { createTask } from '@/lib/tasks/create-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
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

  it('refuses a write based on a stale version and keeps the newer content', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Contested' });
    await updateTaskSection(ws.member, task.key, 'summary', { text: 'first writer' }, { expectedVersion: 1 });
    const stale = updateTaskSection(ws.member, task.key, 'summary', { text: 'second writer' }, { expectedVersion: 1 });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(updateTask(ws.member, task.key, { title: 'x' }, { expectedVersion: 1 })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const read = await getTaskDocument(ws.member, task.key);
    expect(read.sections.summary.text).toBe('first writer');
    expect(read.title).toBe('Contested');
    expect(read.version).toBe(2);
  });
});
