import { describe, expect, it } from 'vitest';

import { getBoard } from '@/lib/board/board';
import { moveTask } from '@/lib/board/move-task';
import { ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '@/lib/errors';
import { createSprint } from '@/lib/sprints/sprints';
import { createTask } from '@/lib/tasks/create-task';
import { updateTask } from '@/lib/tasks/update-task';
import { updateWorkspaceSettings } from '@/lib/workspaces/workspace-settings';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

async function boardKeys(ws: TestWorkspace, sprint: string) {
  const board = await getBoard(ws.viewer, sprint);
  return Object.fromEntries(board.columns.map((column) => [column.status, column.cards.map((card) => card.key)]));
}

async function cardOf(ws: TestWorkspace, sprint: string, key: string) {
  const board = await getBoard(ws.viewer, sprint);
  const card = board.columns.flatMap((column) => column.cards).find((found) => found.key === key);
  if (!card) throw new Error(`${key} is not on the board`);
  return card;
}

describe('sprint boards', () => {
  it('shows a sprint’s tasks as cards in status columns, and the backlog apart', async () => {
    const ws = await createTestWorkspace('BRD');
    const sprint = await createSprint(ws.manager, { number: 1, name: 'One', state: 'ACTIVE' });
    const a = await createTask(ws.member, {
      title: 'A',
      sprintId: sprint.id,
      sections: { acceptanceCriteria: { items: [{ text: 'x', isDone: true }, { text: 'y' }] } },
    });
    const b = await createTask(ws.member, { title: 'B', sprintId: sprint.id, status: 'IN_PROGRESS' });
    const backlog = await createTask(ws.member, { title: 'C' });

    expect(await boardKeys(ws, 'active')).toEqual({
      TODO: [a.key],
      IN_PROGRESS: [b.key],
      IN_REVIEW: [],
      DONE: [],
      BLOCKED: [],
    });
    expect((await boardKeys(ws, sprint.id)).TODO).toEqual([a.key]);
    expect((await boardKeys(ws, 'backlog')).TODO).toEqual([backlog.key]);
    expect((await cardOf(ws, 'active', a.key)).criteria).toEqual({ done: 1, total: 2 });
    await expect(getBoard(ws.viewer, '00000000-0000-7000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('moves a card between neighbours and columns, keeping the order, and refuses a stale move', async () => {
    const ws = await createTestWorkspace('BRD');
    const sprint = await createSprint(ws.manager, { number: 1, name: 'One', state: 'ACTIVE' });
    const [a, b, c] = [
      await createTask(ws.member, { title: 'A', sprintId: sprint.id }),
      await createTask(ws.member, { title: 'B', sprintId: sprint.id }),
      await createTask(ws.member, { title: 'C', sprintId: sprint.id }),
    ];
    expect((await boardKeys(ws, 'active')).TODO).toEqual([a.key, b.key, c.key]);

    const cCard = await cardOf(ws, 'active', c.key);
    await moveTask(ws.member, c.key, { status: 'TODO', after: a.key, before: b.key, version: cCard.version });
    expect((await boardKeys(ws, 'active')).TODO).toEqual([a.key, c.key, b.key]);

    const aCard = await cardOf(ws, 'active', a.key);
    const moved = await moveTask(ws.member, a.key, { status: 'IN_PROGRESS', version: aCard.version });
    expect(moved.card.status).toBe('IN_PROGRESS');
    expect(await boardKeys(ws, 'active')).toMatchObject({ TODO: [c.key, b.key], IN_PROGRESS: [a.key] });

    // The board showed version `aCard.version`; the task has moved on since.
    await expect(moveTask(ws.member, a.key, { status: 'DONE', version: aCard.version })).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    expect((await cardOf(ws, 'active', a.key)).status).toBe('IN_PROGRESS');
    // No neighbours named (a tool changing only the status): the end of the column.
    await moveTask(ws.member, b.key, { status: 'IN_PROGRESS', version: (await cardOf(ws, 'active', b.key)).version });
    expect((await boardKeys(ws, 'active')).IN_PROGRESS).toEqual([a.key, b.key]);
    await moveTask(ws.member, b.key, {
      status: 'TODO',
      before: c.key,
      version: (await cardOf(ws, 'active', b.key)).version,
    });
    expect((await boardKeys(ws, 'active')).TODO).toEqual([b.key, c.key]);
    await expect(
      moveTask(ws.viewer, b.key, { status: 'DONE', version: (await cardOf(ws, 'active', b.key)).version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      moveTask(ws.member, b.key, {
        status: 'DONE',
        after: 'NOPE-1',
        version: (await cardOf(ws, 'active', b.key)).version,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('warns past a WIP limit, refuses past a hard one (on the board and through PATCH), and warns about blockers', async () => {
    const ws = await createTestWorkspace('WIP');
    await updateWorkspaceSettings(ws.admin, { wipLimits: { IN_PROGRESS: 1 } });
    const busy = await createTask(ws.member, { title: 'Busy', status: 'IN_PROGRESS' });
    const next = await createTask(ws.member, {
      title: 'Next',
      sections: { prerequisiteTasks: { items: [{ taskId: busy.id, description: '' }] } },
    });

    const card = await cardOf(ws, 'backlog', next.key);
    const { warnings } = await moveTask(ws.member, next.key, { status: 'IN_PROGRESS', version: card.version });
    expect(warnings).toEqual([
      'In Progress already holds 1 task; its limit is 1',
      `Work starts before ${busy.key} is Done`,
    ]);

    await updateWorkspaceSettings(ws.admin, { wipMode: 'refuse' });
    const third = await createTask(ws.member, { title: 'Third' });
    const refused = moveTask(ws.member, third.key, {
      status: 'IN_PROGRESS',
      version: (await cardOf(ws, 'backlog', third.key)).version,
    });
    await expect(refused).rejects.toThrow('In Progress already holds 2 tasks; its limit is 1');
    await expect(updateTask(ws.member, third.key, { status: 'IN_PROGRESS' })).rejects.toBeInstanceOf(ValidationError);
    // Another sprint's column has its own count.
    const sprint = await createSprint(ws.manager, { number: 1, name: 'One' });
    expect((await updateTask(ws.member, third.key, { sprintId: sprint.id, status: 'IN_PROGRESS' })).status).toBe(
      'IN_PROGRESS',
    );
  });
});
