import { describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { ValidationError } from '@/lib/errors';
import { createTask } from '@/lib/tasks/create-task';
import { countTasksByStatus, findTasks } from '@/lib/tasks/find-tasks';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('task keys', () => {
  it('numbers 20 concurrent creates 1..20 with no gaps or duplicates', async () => {
    const ws = await createTestWorkspace('CONC');
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, index) => createTask(ws.member, { title: `Concurrent ${index}` })),
    );
    const numbers = created.map((task) => task.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(new Set(created.map((task) => task.key)).size).toBe(20);
    expect(created.every((task) => task.key === `CONC-${task.number}`)).toBe(true);
  });

  it('numbers each workspace on its own', async () => {
    const first = await createTestWorkspace('AAA');
    const second = await createTestWorkspace('AAA');
    await createTask(first.member, { title: 'a' });
    await createTask(first.member, { title: 'b' });
    const other = await createTask(second.member, { title: 'c' });
    expect(other.key).toBe('AAA-1');
  });

  it('does not use up a number when a create fails', async () => {
    const ws = await createTestWorkspace();
    const stranger = await createTestWorkspace();
    await createTask(ws.member, { title: 'one' });
    await expect(createTask(ws.member, { title: 'bad', assigneeId: stranger.member.userId })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const next = await createTask(ws.member, { title: 'two' });
    expect(next.key).toBe('TEST-2');
    const db = await prisma();
    expect(await db.task.count({ where: { workspaceId: ws.id } })).toBe(2);
    expect((await findTasks(ws.viewer)).items.map((task) => task.key)).toEqual(['TEST-2', 'TEST-1']);
    expect(await countTasksByStatus(ws.viewer)).toEqual({ TODO: 2 });
  });
});
