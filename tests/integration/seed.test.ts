import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateTasks } from '@/lib/admin/generate-tasks';
import { workspaceAdminPrincipal } from '@/lib/admin/operator';
import { closeDatabase, setDatabase } from '@/lib/db';
import { migrate } from '@/lib/db/migrations';
import type { Database } from '@/lib/db/open';
import { seedDemo, seedDemoIfEmpty } from '@/lib/seed/seed-demo';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { sectionKeys, sectionParts } from '@/lib/tasks/sections';
import type { TaskDocument } from '@/lib/tasks/task-document';

import { openFreshDatabase } from '../helpers/test-database';

// The demo workspace has a fixed slug, so this file seeds a database of its own.
let db: Database;
beforeAll(async () => {
  db = await openFreshDatabase();
  await migrate(db.sql);
  setDatabase(db);
});
afterAll(() => closeDatabase());

/** Whether a section of a document has any content. */
function isFilled(doc: TaskDocument, key: (typeof sectionKeys)[number]): boolean {
  const value = doc.sections[key] as Record<string, unknown>;
  return sectionParts(key).some(([name]) => {
    const part = value[name];
    return Array.isArray(part) ? part.length > 0 : part !== '';
  });
}

describe('demo seed', () => {
  it('creates a realistic workspace once and then leaves it alone', async () => {
    const seeded = await seedDemoIfEmpty();
    expect(seeded?.tasks).toBeGreaterThanOrEqual(35);
    expect(await seedDemo()).toBeNull();
    expect(await seedDemoIfEmpty()).toBeNull();

    const workspace = await db.prisma.workspace.findUniqueOrThrow({
      where: { slug: 'acme' },
      include: { sprints: true, features: true, memberships: true, tasks: { select: { number: true, status: true } } },
    });
    expect(workspace.tasks).toHaveLength(seeded?.tasks ?? 0);
    expect(workspace.features).toHaveLength(3);
    expect(workspace.sprints.map((sprint) => sprint.state).sort()).toEqual(['ACTIVE', 'CLOSED', 'PLANNED']);
    expect(new Set(workspace.memberships.map((membership) => membership.role))).toEqual(
      new Set(['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER']),
    );
    expect(new Set(workspace.tasks.map((task) => task.status))).toEqual(
      new Set(['TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'BLOCKED']),
    );
  });

  it('uses every section somewhere, fills every section of at least one task, and leaves some tasks sparse', async () => {
    const admin = await workspaceAdminPrincipal('acme');
    const numbers = await db.prisma.task.findMany({
      where: { workspaceId: admin.workspaceId },
      select: { number: true },
    });
    const docs = await Promise.all(numbers.map(({ number }) => getTaskDocument(admin, `TASK-${number}`)));
    const unused = sectionKeys.filter((key) => !docs.some((doc) => isFilled(doc, key)));
    expect(unused).toEqual([]);
    expect(docs.some((doc) => sectionKeys.every((key) => isFilled(doc, key)))).toBe(true);
    const filledCounts = docs.map((doc) => sectionKeys.filter((key) => isFilled(doc, key)).length);
    expect(Math.min(...filledCounts)).toBeLessThan(8);
  });

  it('generates synthetic tasks with contiguous keys and full documents', async () => {
    const admin = await workspaceAdminPrincipal('acme');
    const before = await db.prisma.task.count({ where: { workspaceId: admin.workspaceId } });
    const result = await generateTasks('acme', 600);
    expect(result.created).toBe(600);
    expect(await db.prisma.task.count({ where: { workspaceId: admin.workspaceId } })).toBe(before + 600);
    const doc = await getTaskDocument(admin, `TASK-${before + 600}`);
    expect(doc.title).toMatch(/#600\)$/);
    const withRisks = await db.prisma.risk.count({
      where: { task: { workspaceId: admin.workspaceId, number: { gt: before } } },
    });
    expect(withRisks).toBeGreaterThan(0);
  });
});
