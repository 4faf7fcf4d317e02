import { describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { createFeature } from '@/lib/features/features';
import { createSprint } from '@/lib/sprints/sprints';
import { createTask } from '@/lib/tasks/create-task';
import { deleteTask } from '@/lib/tasks/delete-task';
import { findTasks } from '@/lib/tasks/find-tasks';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { updateTask } from '@/lib/tasks/update-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('authorization in the service layer', () => {
  it('lets a viewer read but not write, and writes nothing on refusal', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Read only for viewers' });
    expect((await getTaskDocument(ws.viewer, task.key)).title).toBe('Read only for viewers');
    await expect(createTask(ws.viewer, { title: 'nope' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateTask(ws.viewer, task.key, { title: 'nope' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateTaskSection(ws.viewer, task.key, 'summary', { text: 'nope' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteTask(ws.viewer, task.key)).rejects.toBeInstanceOf(ForbiddenError);
    const read = await getTaskDocument(ws.member, task.key);
    expect(read).toMatchObject({ title: 'Read only for viewers', version: 1 });
    expect(await (await prisma()).task.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it('keeps sprints and features to managers and admins', async () => {
    const ws = await createTestWorkspace();
    await expect(createSprint(ws.member, { number: 1, name: 'S1' })).rejects.toThrow('Only managers and admins');
    await expect(createFeature(ws.member, { name: 'F' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createSprint(ws.manager, { number: 1, name: 'S1' })).resolves.toMatchObject({ number: 1 });
    await expect(createFeature(ws.admin, { name: 'F' })).resolves.toMatchObject({ name: 'F' });
  });

  it("answers not found for another workspace's task, by key and by id, and changes nothing", async () => {
    const mine = await createTestWorkspace();
    const theirs = await createTestWorkspace();
    const task = await createTask(theirs.member, { title: 'Secret' });
    for (const ref of [task.key, task.id]) {
      await expect(getTaskDocument(mine.admin, ref)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateTask(mine.admin, ref, { title: 'pwned' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateTaskSection(mine.admin, ref, 'summary', { text: 'pwned' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(deleteTask(mine.admin, ref)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await findTasks(mine.admin)).items).toEqual([]);
    expect(await getTaskDocument(theirs.member, task.key)).toMatchObject({ title: 'Secret', version: 1 });
  });

  it("refuses another workspace's item ids inside a section update", async () => {
    const mine = await createTestWorkspace();
    const theirs = await createTestWorkspace();
    const target = await createTask(theirs.member, {
      title: 'Theirs',
      sections: { acceptanceCriteria: { items: [{ text: 'their criterion' }] } },
    });
    const own = await createTask(mine.member, { title: 'Mine' });
    const foreignId = target.sections.acceptanceCriteria.items[0]?.id;
    const attempt = updateTaskSection(mine.member, own.key, 'acceptanceCriteria', {
      items: [{ id: foreignId, text: 'hijacked' }],
    });
    await expect(attempt).rejects.toThrow('No such item in this section');
    const untouched = await getTaskDocument(theirs.member, target.key);
    expect(untouched.sections.acceptanceCriteria.items).toEqual(target.sections.acceptanceCriteria.items);
  });

  it('refuses an assignee, feature or sprint from another workspace', async () => {
    const mine = await createTestWorkspace();
    const theirs = await createTestWorkspace();
    const sprint = await createSprint(theirs.manager, { number: 1, name: 'Their sprint' });
    const feature = await createFeature(theirs.manager, { name: 'Their feature' });
    const attempt = createTask(mine.member, {
      title: 'x',
      assigneeId: theirs.member.userId,
      sprintId: sprint.id,
      featureId: feature.id,
    });
    await expect(attempt).rejects.toMatchObject({
      issues: [
        { path: 'assigneeId', message: 'No member with this id in this workspace' },
        { path: 'featureId', message: 'No feature with this id in this workspace' },
        { path: 'sprintId', message: 'No sprint with this id in this workspace' },
      ],
    });
  });
});
