// Seeds the demo workspace through the same services the app uses, so demo data obeys every rule real data does.
// Idempotent: a database that already has the demo workspace is left alone.
import { randomBytes } from 'node:crypto';

import { createUser, createWorkspace, workspaceAdminPrincipal } from '@/lib/admin/operator';
import { prisma } from '@/lib/db';
import { createFeature } from '@/lib/features/features';
import { createSprint } from '@/lib/sprints/sprints';
import { createTask } from '@/lib/tasks/create-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { demoFeatures, demoSprints, demoTasks, demoUsers, demoWorkspace } from './demo-data';

export interface SeedResult {
  workspace: string;
  tasks: number;
  /** The demo admin's sign-in, with a password generated for this database; shown to the operator once. */
  admin: { email: string; password: string };
}

/** Creates the demo workspace unless it exists; returns what it created, or null when there was nothing to do. */
export async function seedDemo(): Promise<SeedResult | null> {
  const db = await prisma();
  if (await db.workspace.findUnique({ where: { slug: demoWorkspace.slug } })) return null;

  const workspace = await createWorkspace(demoWorkspace);
  try {
    return await fillDemoWorkspace();
  } catch (error) {
    // Each service call commits on its own; remove a half-seeded workspace so the next run starts over.
    await db.workspace.delete({ where: { id: workspace.id } });
    throw error;
  }
}

async function fillDemoWorkspace(): Promise<SeedResult> {
  const db = await prisma();
  // Only the admin can sign in; the others are there to be assigned. A generated password, never a shared default.
  const password = randomBytes(12).toString('base64url');
  const adminUser = demoUsers.find((user) => user.role === 'ADMIN');
  for (const user of demoUsers) {
    await createUser({ ...user, workspace: demoWorkspace.slug, password: user === adminUser ? password : undefined });
  }
  const admin = await workspaceAdminPrincipal(demoWorkspace.slug);

  const users = new Map((await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const features = new Map<string, string>();
  for (const feature of demoFeatures) features.set(feature.name, (await createFeature(admin, feature)).id);
  const sprints = new Map<number, string>();
  for (const sprint of demoSprints) sprints.set(sprint.number, (await createSprint(admin, sprint)).id);

  const ids = new Map<string, string>();
  for (const task of demoTasks) {
    const created = await createTask(admin, {
      title: task.title,
      status: task.status,
      assigneeId: task.assignee ? users.get(task.assignee) : null,
      featureId: task.feature ? features.get(task.feature) : null,
      sprintId: task.sprint ? sprints.get(task.sprint) : null,
      estimatePoints: task.estimatePoints ?? null,
      estimateHours: task.estimateHours ?? null,
      reviewDate: task.reviewDate ?? null,
      completionTarget: task.completionTarget ?? null,
      sections: task.sections ?? {},
    });
    ids.set(task.ref, created.id);
  }

  const idOf = (ref: string) => {
    const id = ids.get(ref);
    if (!id) throw new Error(`Demo data links to unknown task "${ref}"`);
    return id;
  };
  for (const task of demoTasks) {
    const taskId = idOf(task.ref);
    if (task.prerequisites?.length) {
      const items = task.prerequisites.map((link) => ({ taskId: idOf(link.ref), description: link.description }));
      await updateTaskSection(admin, taskId, 'prerequisiteTasks', { items });
    }
    // The section holds both directions of blocking and symmetric related links, so give it the full sets.
    const blocks = demoTasks.filter((other) => other.blockedBy?.includes(task.ref)).map((other) => other.ref);
    const relatedBack = demoTasks.filter((other) => other.related?.includes(task.ref)).map((other) => other.ref);
    const related = [...new Set([...(task.related ?? []), ...relatedBack])];
    if (task.blockedBy?.length || blocks.length || related.length) {
      await updateTaskSection(admin, taskId, 'relatedTasks', {
        blockedBy: (task.blockedBy ?? []).map(idOf),
        blocks: blocks.map(idOf),
        related: related.map(idOf),
      });
    }
  }
  return { workspace: demoWorkspace.name, tasks: demoTasks.length, admin: { email: adminUser?.email ?? '', password } };
}

/** Seeds only a database with no workspace at all: the first start of a fresh embedded install. */
export async function seedDemoIfEmpty(): Promise<SeedResult | null> {
  const db = await prisma();
  if ((await db.workspace.count()) > 0) return null;
  return seedDemo();
}
