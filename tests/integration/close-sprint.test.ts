import { describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { closeSprint } from '@/lib/sprints/close-sprint';
import { createSprint, getSprint, updateSprint } from '@/lib/sprints/sprints';
import { createTask } from '@/lib/tasks/create-task';
import { countTasksPer } from '@/lib/tasks/find-tasks';
import { getTaskDocument } from '@/lib/tasks/get-task';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('closing a sprint', () => {
  it('carries unfinished tasks to the next sprint, records each, and closes it once', async () => {
    const ws = await createTestWorkspace('CLS');
    const one = await createSprint(ws.manager, { number: 1, name: 'One', state: 'ACTIVE', capacityPoints: 5 });
    const two = await createSprint(ws.manager, { number: 2, name: 'Two' });
    const done = await createTask(ws.member, { title: 'Done', sprintId: one.id, status: 'DONE', estimatePoints: 3 });
    const open = await createTask(ws.member, { title: 'Open', sprintId: one.id, estimatePoints: 5 });
    const review = await createTask(ws.member, { title: 'Review', sprintId: one.id, status: 'IN_REVIEW' });

    expect((await countTasksPer(ws.viewer, 'sprintId')).get(one.id)).toEqual({
      total: 3,
      done: 1,
      points: 8,
      hours: 0,
    });
    expect((await getSprint(ws.viewer, one.id)).capacityPoints).toBe(5);

    await expect(closeSprint(ws.member, one.id, { carryTo: two.id })).rejects.toBeInstanceOf(ForbiddenError);
    // Closing is only this: setting the state alone would leave unfinished tasks behind unrecorded.
    await expect(updateSprint(ws.manager, one.id, { state: 'CLOSED' })).rejects.toThrow(/Close sprint/);
    await expect(closeSprint(ws.manager, one.id, { carryTo: one.id })).rejects.toBeInstanceOf(ValidationError);
    expect(await closeSprint(ws.manager, one.id, { carryTo: two.id })).toEqual({ carried: [open.key, review.key] });

    expect((await getTaskDocument(ws.viewer, open.key)).sprint?.id).toBe(two.id);
    expect((await getTaskDocument(ws.viewer, done.key)).sprint?.id).toBe(one.id);
    expect((await getSprint(ws.viewer, one.id)).state).toBe('CLOSED');
    const recorded = await (await prisma()).sprintCarryOver.findMany({ where: { sprintId: one.id } });
    expect(recorded.map((row) => [row.taskId, row.toSprintId]).sort()).toEqual(
      [
        [open.id, two.id],
        [review.id, two.id],
      ].sort(),
    );
    await expect(closeSprint(ws.manager, one.id, { carryTo: 'backlog' })).rejects.toBeInstanceOf(ConflictError);
    await expect(closeSprint(ws.manager, two.id, { carryTo: one.id })).rejects.toBeInstanceOf(ValidationError);
    expect(await closeSprint(ws.manager, two.id, { carryTo: 'backlog' })).toEqual({ carried: [open.key, review.key] });
    expect((await getTaskDocument(ws.viewer, open.key)).sprint).toBeNull();
  });
});
