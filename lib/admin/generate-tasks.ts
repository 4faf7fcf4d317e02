// `cli generate --tasks N`: fills a workspace with N varied tasks for benchmarks. Bulk inserts (not one service
// call per task) keep 10,000 full documents well under a minute; documents are drawn from the demo data, so they
// are as realistic as the seeded ones, and every generated value still passes the section schemas.
import { randomUUID } from 'node:crypto';

import { generateNKeysBetween } from 'fractional-indexing';

import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { TaskStatus } from '@/lib/generated/prisma/enums';
import { demoTasks } from '@/lib/seed/demo-data';
import { type ListRelation, listRelations, sectionKeys, sectionParts, sectionsInput } from '@/lib/tasks/sections';
import { tasksChanged } from '@/lib/tasks/tasks-changed';

const statuses: TaskStatus[] = ['TODO', 'TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'DONE', 'DONE', 'BLOCKED'];
const verbs = ['Add', 'Refactor', 'Fix', 'Migrate', 'Document', 'Harden', 'Speed up', 'Split', 'Instrument', 'Remove'];
const BATCH = 500;

type Row = Record<string, unknown>;

/** Task columns and child rows for one parsed demo document. */
function documentRows(sections: ReturnType<typeof sectionsInput.parse>) {
  const columns: Row = {};
  const children: Partial<Record<ListRelation, Row[]>> = {};
  for (const key of sectionKeys) {
    const value = sections[key] as Record<string, unknown> | undefined;
    if (!value) continue;
    for (const [name, part] of sectionParts(key)) {
      if (part.type === 'text') columns[part.column] = value[name];
      if (part.type !== 'list') continue;
      const items = value[name] as Row[];
      children[part.relation] = [
        ...(children[part.relation] ?? []),
        ...items.map((item, position) => ({ ...item, ...(part.kind && { kind: part.kind }), position })),
      ];
    }
  }
  return { columns, children };
}

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

export async function generateTasks(workspaceSlug: string, count: number, onProgress?: (done: number) => void) {
  const db = await prisma();
  const workspace = await db.workspace.findUnique({
    where: { slug: workspaceSlug },
    include: {
      memberships: { select: { userId: true } },
      features: { select: { id: true } },
      sprints: { select: { id: true } },
    },
  });
  if (!workspace) throw new NotFoundError(`Workspace ${workspaceSlug}`);
  const templates = demoTasks.map((task) => documentRows(sectionsInput.parse(task.sections ?? {})));
  const { taskCounter } = await db.workspace.update({
    where: { id: workspace.id },
    data: { taskCounter: { increment: count } },
  });
  const firstNumber = taskCounter - count + 1;
  const ranks = generateNKeysBetween(null, null, count);
  const created: string[] = [];

  for (let start = 0; start < count; start += BATCH) {
    const tasks: Row[] = [];
    const children = new Map<ListRelation, Row[]>();
    const links: Row[] = [];
    for (let index = start; index < Math.min(start + BATCH, count); index++) {
      const id = randomUUID();
      const template = pick(templates, index * 7) ?? { columns: {}, children: {} };
      const source = pick(demoTasks, index * 7);
      tasks.push({
        ...template.columns,
        id,
        workspaceId: workspace.id,
        number: firstNumber + index,
        title: `${pick(verbs, index)} ${source?.title ?? 'generated task'} (#${index + 1})`.slice(0, 200),
        status: pick(statuses, index * 3),
        assigneeId: index % 5 === 0 ? null : pick(workspace.memberships, index)?.userId,
        featureId: index % 4 === 0 ? null : pick(workspace.features, index)?.id,
        sprintId: index % 3 === 0 ? null : pick(workspace.sprints, index)?.id,
        estimatePoints: pick([1, 2, 3, 5, 8, 13], index),
        estimateHours: index % 4 === 0 ? pick([4, 8, 12, 16, 24], index) : null,
        rank: ranks[index],
      });
      for (const [relation, rows] of Object.entries(template.children) as [ListRelation, Row[]][]) {
        const list = children.get(relation) ?? [];
        list.push(...rows.map((row) => ({ ...row, id: randomUUID(), taskId: id })));
        children.set(relation, list);
      }
      // Every tenth task waits for an earlier one: links only point backwards, so they can never form a cycle.
      const blocker = created[created.length - 1 - (index % 50)];
      if (index % 10 === 9 && blocker)
        links.push({ workspaceId: workspace.id, kind: 'BLOCKS', fromTaskId: blocker, toTaskId: id });
      created.push(id);
    }
    await db.$transaction(async (tx) => {
      await tx.task.createMany({ data: tasks as never });
      for (const [relation, rows] of children) {
        const delegate = tx[listRelations[relation]] as unknown as {
          createMany(args: { data: Row[] }): Promise<unknown>;
        };
        await delegate.createMany({ data: rows });
      }
      if (links.length > 0) await tx.taskLink.createMany({ data: links as never });
      await tasksChanged(
        tx,
        tasks.map((task) => task.id as string),
      );
    });
    onProgress?.(Math.min(start + BATCH, count));
  }
  return { workspace: workspace.slug, created: count, firstKey: `${workspace.keyPrefix}-${firstNumber}` };
}
