import { describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { ValidationError } from '@/lib/errors';
import { createTask } from '@/lib/tasks/create-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

async function chain() {
  const ws = await createTestWorkspace();
  const [a, b, c] = [
    await createTask(ws.member, { title: 'A' }),
    await createTask(ws.member, { title: 'B' }),
    await createTask(ws.member, { title: 'C' }),
  ];
  // A blocks B; B is a prerequisite of C: A -> B -> C.
  await updateTaskSection(ws.member, b.key, 'relatedTasks', { blockedBy: [a.id] });
  await updateTaskSection(ws.member, c.key, 'prerequisiteTasks', {
    items: [{ taskId: b.id, description: 'API first' }],
  });
  return { ws, a, b, c };
}

async function linkCount(workspaceId: string) {
  return (await prisma()).taskLink.count({ where: { workspaceId } });
}

describe('task links', () => {
  it('refuses a blocking link that closes a cycle through prerequisites and names the cycle', async () => {
    const { ws, a, c } = await chain();
    const before = await linkCount(ws.id);
    const attempt = updateTaskSection(ws.member, a.key, 'relatedTasks', { blockedBy: [c.id] });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow('TEST-1 → TEST-2 → TEST-3 → TEST-1');
    expect(await linkCount(ws.id)).toBe(before);
  });

  it('refuses a prerequisite that closes a cycle', async () => {
    const { ws, a, c } = await chain();
    const attempt = updateTaskSection(ws.member, a.key, 'prerequisiteTasks', { items: [{ taskId: c.id }] });
    await expect(attempt).rejects.toThrow(/cycle/);
    const doc = await getTaskDocument(ws.member, a.key);
    expect(doc.sections.prerequisiteTasks.items).toEqual([]);
  });

  it('allows links that only look circular: related links and a second path to the same task', async () => {
    const { ws, a, c } = await chain();
    await updateTaskSection(ws.member, a.key, 'relatedTasks', { blockedBy: [], blocks: [c.id], related: [c.id] });
    const doc = await getTaskDocument(ws.member, c.key);
    expect(doc.sections.relatedTasks.blockedBy.map((task) => task.key)).toEqual(['TEST-1']);
    expect(doc.sections.relatedTasks.related.map((task) => task.key)).toEqual(['TEST-1']);
  });

  it('refuses a task linking to itself', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Self' });
    await expect(updateTaskSection(ws.member, task.key, 'relatedTasks', { blocks: [task.id] })).rejects.toThrow(
      'A task cannot link to itself',
    );
  });

  it('refuses a link to a task of another workspace as if it did not exist', async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace();
    const mine = await createTask(ws.member, { title: 'Mine' });
    const theirs = await createTask(other.member, { title: 'Theirs' });
    const attempt = updateTaskSection(ws.member, mine.key, 'prerequisiteTasks', { items: [{ taskId: theirs.id }] });
    await expect(attempt).rejects.toThrow('No task with this id in this workspace');
    expect(await linkCount(ws.id)).toBe(0);
    expect(await linkCount(other.id)).toBe(0);
  });

  it('links two tasks to each other at the same moment without a deadlock or a duplicate link', async () => {
    const ws = await createTestWorkspace();
    for (let round = 0; round < 5; round++) {
      const a = await createTask(ws.member, { title: `A${round}` });
      const b = await createTask(ws.member, { title: `B${round}` });
      // Each write refreshes the other task, so each needs the other's row: they must queue, not deadlock.
      await Promise.all([
        updateTaskSection(ws.member, a.key, 'relatedTasks', { related: [b.id] }),
        updateTaskSection(ws.member, b.key, 'relatedTasks', { related: [a.id] }),
      ]);
      const links = await (
        await prisma()
      ).taskLink.findMany({
        where: { OR: [{ fromTaskId: a.id }, { fromTaskId: b.id }] },
      });
      expect(links).toHaveLength(1);
      expect((await getTaskDocument(ws.viewer, a.key)).sections.relatedTasks.related.map((link) => link.key)).toEqual([
        b.key,
      ]);
    }
  });
});
