// import(export(task)) equals the task in every field, for every task of the demo workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { workspaceAdminPrincipal } from '@/lib/admin/operator';
import { closeDatabase, setDatabase } from '@/lib/db';
import { migrate } from '@/lib/db/migrations';
import { demoWorkspace } from '@/lib/seed/demo-data';
import { seedDemo } from '@/lib/seed/seed-demo';
import { findTasks } from '@/lib/tasks/find-tasks';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { importTaskMarkdown } from '@/lib/tasks/import-task';
import type { TaskDocument } from '@/lib/tasks/task-document';
import { getTaskMarkdown } from '@/lib/tasks/task-markdown';

import { openFreshDatabase } from '../helpers/test-database';

// The demo workspace has a fixed slug, so this file seeds a database of its own.
beforeAll(async () => {
  const db = await openFreshDatabase();
  await migrate(db.sql);
  setDatabase(db);
  await seedDemo();
});
afterAll(() => closeDatabase());

function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== 'taskId')
      .map(([key, inner]) => [key, withoutIds(inner)]),
  );
}

/** Every field a document holds, with row ids left out and timestamps at the date the Markdown keeps. */
function comparable(task: TaskDocument) {
  return {
    title: task.title,
    status: task.status,
    assignee: task.assignee?.id ?? null,
    assigneeName: task.assigneeName,
    feature: task.feature?.id ?? null,
    sprint: task.sprint?.id ?? null,
    estimatePoints: task.estimatePoints,
    estimateHours: task.estimateHours,
    reviewDate: task.reviewDate,
    completionTarget: task.completionTarget,
    createdAt: task.createdAt.slice(0, 10),
    updatedAt: task.updatedAt.slice(0, 10),
    sections: withoutIds(task.sections),
    pendingLinks: task.pendingLinks,
  };
}

describe('Markdown round trip of the demo workspace', () => {
  it('imports every exported demo task as an equal task', async () => {
    const admin = await workspaceAdminPrincipal(demoWorkspace.slug);
    const { items } = await findTasks(admin, { limit: 200 });
    expect(items.length).toBeGreaterThan(30);
    for (const { key } of items) {
      const original = await getTaskDocument(admin, key);
      const { markdown } = await getTaskMarkdown(admin, key);
      const { task: imported, warnings } = await importTaskMarkdown(admin, markdown);
      expect(warnings, key).toEqual([]);
      expect(imported.key).not.toBe(original.key);
      expect(comparable(imported), key).toEqual(comparable(original));
      expect((await getTaskMarkdown(admin, imported.key)).markdown, key).toBe(markdown);
    }
  });
});
