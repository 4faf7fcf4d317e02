import { describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { createTask } from '@/lib/tasks/create-task';
import { deleteTask } from '@/lib/tasks/delete-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { sectionKeys, sectionParts, sectionsInput } from '@/lib/tasks/sections';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { fullDocument } from '../fixtures/full-document';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

/** The document without server-assigned ids, for comparing with what was written. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, withoutIds(inner)]),
    );
  }
  return value;
}

describe('task documents', () => {
  it('stores and reads back every section of the template', async () => {
    const ws = await createTestWorkspace();
    const prerequisite = await createTask(ws.member, { title: 'Register the Okta app' });
    const created = await createTask(ws.member, {
      title: 'SSO login',
      status: 'IN_PROGRESS',
      assigneeId: ws.member.userId,
      estimatePoints: 5,
      estimateHours: 12,
      reviewDate: '2026-12-01',
      completionTarget: '2026-12-15',
      sections: {
        ...fullDocument,
        prerequisiteTasks: { items: [{ taskId: prerequisite.id, description: 'Needs the client id' }] },
        relatedTasks: { blockedBy: [prerequisite.id], related: [] },
      },
    });

    const read = await getTaskDocument(ws.viewer, created.key);
    expect(read).toEqual(created);
    expect(read).toMatchObject({
      key: 'TEST-2',
      title: 'SSO login',
      status: 'IN_PROGRESS',
      assignee: { id: ws.member.userId },
      estimatePoints: 5,
      estimateHours: 12,
      reviewDate: '2026-12-01',
      completionTarget: '2026-12-15',
      version: 1,
    });
    const { prerequisiteTasks, relatedTasks, ...sections } = read.sections;
    // Equal to what was sent, once the schema's defaults (isDone false, empty texts) are applied.
    expect(withoutIds(sections)).toEqual(sectionsInput.parse(fullDocument));
    expect(prerequisiteTasks.items).toEqual([
      {
        taskId: prerequisite.id,
        key: 'TEST-1',
        title: 'Register the Okta app',
        status: 'TODO',
        description: 'Needs the client id',
      },
    ]);
    expect(relatedTasks.blockedBy.map((task) => task.key)).toEqual(['TEST-1']);
    // The other side of the link sees it too.
    const other = await getTaskDocument(ws.viewer, 'TEST-1');
    expect(other.sections.relatedTasks.blocks.map((task) => task.key)).toEqual(['TEST-2']);
    // Every list item (two per list in the fixture) got its own id.
    const listParts = sectionKeys.flatMap((key) =>
      sectionParts(key)
        .filter(([, part]) => part.type === 'list')
        .map(([name]) => (read.sections[key] as Record<string, Array<{ id: string }>>)[name] ?? []),
    );
    const listItems = listParts.flat();
    expect(listItems).toHaveLength(listParts.length * 2);
    expect(new Set(listItems.map((item) => item.id)).size).toBe(listItems.length);
  });

  it('starts a new task with the template default checklists', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Bare task' });
    expect(task.sections.definitionOfDone.items.map((item) => item.text)).toEqual([
      'Code implemented and tested',
      'Code reviewed and approved',
      'Documentation updated (if needed)',
      'Deployed to appropriate environment',
    ]);
    expect(task.sections.functionalSuccess.items).toHaveLength(3);
    expect(task.sections.technicalSuccess.items).toHaveLength(3);
    expect(task.sections.processSuccess.items).toHaveLength(3);
    expect(task.sections.acceptanceCriteria.items).toEqual([]);
    expect(task.sections.definitionOfDone.items.every((item) => !item.isDone)).toBe(true);
  });

  it('keeps list items in the order given and keeps their ids when reordered', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, {
      title: 'Ordered',
      sections: { acceptanceCriteria: { items: ['first', 'second', 'third'].map((text) => ({ text })) } },
    });
    const [first, second, third] = task.sections.acceptanceCriteria.items;
    const result = await updateTaskSection(ws.member, task.key, 'acceptanceCriteria', {
      items: [third, first, { text: 'new' }, second].map((item) => ({ ...item })),
    });
    expect(result.section.items.map((item) => item.text)).toEqual(['third', 'first', 'new', 'second']);
    expect(result.section.items.map((item) => item.id).filter((id) => id !== result.section.items[2]?.id)).toEqual([
      third?.id,
      first?.id,
      second?.id,
    ]);
    const reread = await getTaskDocument(ws.member, task.key);
    expect(reread.sections.acceptanceCriteria.items.map((item) => item.text)).toEqual([
      'third',
      'first',
      'new',
      'second',
    ]);
  });

  it('removes the items a section update leaves out and leaves other kinds of the same table alone', async () => {
    const ws = await createTestWorkspace();
    const task = await createTask(ws.member, { title: 'Risky', sections: fullDocument });
    await updateTaskSection(ws.member, task.key, 'technicalRisks', { items: [] });
    const read = await getTaskDocument(ws.member, task.key);
    expect(read.sections.technicalRisks.items).toEqual([]);
    expect(read.sections.performanceConsiderations.items).toHaveLength(2);
    expect(read.sections.securityConsiderations.items).toHaveLength(2);
  });

  it('deletes every section row and link with the task', async () => {
    const ws = await createTestWorkspace();
    const keep = await createTask(ws.member, { title: 'Stays' });
    const task = await createTask(ws.member, {
      title: 'Goes',
      sections: { ...fullDocument, relatedTasks: { blocks: [keep.id], related: [keep.id] } },
    });
    const db = await prisma();
    const children = () =>
      Promise.all([
        db.checklistItem.count({ where: { taskId: task.id } }),
        db.risk.count({ where: { taskId: task.id } }),
        db.codeBlock.count({ where: { taskId: task.id } }),
        db.taskLink.count({ where: { OR: [{ fromTaskId: task.id }, { toTaskId: task.id }] } }),
      ]);
    expect((await children()).every((count) => count > 0)).toBe(true);
    await deleteTask(ws.member, task.key);
    expect(await children()).toEqual([0, 0, 0, 0]);
    await expect(getTaskDocument(ws.member, task.key)).rejects.toThrow('not found');
    const survivor = await getTaskDocument(ws.member, keep.key);
    expect(survivor.sections.relatedTasks).toEqual({ blockedBy: [], blocks: [], related: [] });
  });
});
