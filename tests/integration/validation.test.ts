import { describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { ValidationError } from '@/lib/errors';
import { createTask } from '@/lib/tasks/create-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { updateTask } from '@/lib/tasks/update-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('bad input', () => {
  it('names every bad field of a create and writes nothing', async () => {
    const ws = await createTestWorkspace();
    const error = await rejection(
      createTask(ws.member, {
        title: '  ',
        status: 'DOING',
        estimatePoints: -1,
        reviewDate: '31/12/2026',
        id: 'chosen-by-client',
        sections: {
          acceptanceCriteria: { items: [{ text: 'ok' }, { text: '' }] },
          codeChanges: { items: [{ path: 'a.ts', changeType: 'RENAMED' }] },
          references: { items: [{ kind: 'OTHER', value: 'x' }] },
          notASection: {},
        },
      }),
    );
    const paths = error.issues.map((issue) => issue.path).sort();
    expect(paths).toEqual(
      [
        '',
        'estimatePoints',
        'reviewDate',
        'sections',
        'sections.acceptanceCriteria.items.1.text',
        'sections.codeChanges.items.0.changeType',
        'sections.references.items.0.label',
        'status',
        'title',
      ].sort(),
    );
    expect(error.issues.find((issue) => issue.path === 'title')?.message).toBe('Title is required');
    const db = await prisma();
    expect(await db.task.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).taskCounter).toBe(0);
  });

  it('refuses an unknown item id without touching the section', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, {
      title: 'Has items',
      sections: { implementationNotes: { items: [{ text: 'keep me' }] } },
    });
    const error = await rejection(
      updateTaskSection(ws.member, task.key, 'implementationNotes', {
        items: [{ text: 'new' }, { id: '00000000-0000-7000-8000-000000000000', text: 'ghost' }],
      }),
    );
    expect(error.issues).toEqual([{ path: 'items.1.id', message: 'No such item in this section' }]);
    expect(
      (await getTaskDocument(ws.member, task.key)).sections.implementationNotes.items.map((item) => item.text),
    ).toEqual(['keep me']);
  });

  it('refuses an empty metadata update and server-owned fields', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'x' });
    await rejection(updateTask(ws.member, task.key, {}));
    const error = await rejection(updateTask(ws.member, task.key, { version: 9, key: 'TEST-99' }));
    expect(error.message).toContain('Unrecognized keys');
    expect((await getTaskDocument(ws.member, task.key)).version).toBe(1);
  });
});
