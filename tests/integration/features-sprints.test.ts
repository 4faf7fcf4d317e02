import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { listAuditEvents } from '@/lib/audit/audit-log';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { createFeature, deleteFeature, getFeature, listFeatures, updateFeature } from '@/lib/features/features';
import { createSprint, deleteSprint, getSprint, listSprints, updateSprint } from '@/lib/sprints/sprints';
import { createTask } from '@/lib/tasks/create-task';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { listMembers } from '@/lib/workspaces/members';

import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('features and sprints', () => {
  it('pages through features by name, each exactly once', async () => {
    const ws = await createTestWorkspace();
    for (const name of ['Echo', 'Alpha', 'Delta', 'Bravo', 'Charlie']) await createFeature(ws.manager, { name });
    const pages: Array<{ names: string[]; nextCursor: string | null }> = [];
    let cursor: string | undefined;
    do {
      const page = await listFeatures(ws.viewer, { limit: 2, cursor });
      pages.push({ names: page.items.map((feature) => feature.name), nextCursor: page.nextCursor });
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);
    expect(pages.map((page) => page.names)).toEqual([['Alpha', 'Bravo'], ['Charlie', 'Delta'], ['Echo']]);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    for (const number of [10, 2, 9]) await createSprint(ws.manager, { number, name: `S${number}` });
    const firstSprints = await listSprints(ws.viewer, { limit: 2 });
    const lastSprints = await listSprints(ws.viewer, { limit: 2, cursor: firstSprints.nextCursor ?? undefined });
    expect([...firstSprints.items, ...lastSprints.items].map((sprint) => sprint.number)).toEqual([2, 9, 10]);
    expect(lastSprints.nextCursor).toBeNull();
    await expect(listFeatures(ws.viewer, { cursor: firstSprints.nextCursor ?? '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('changes only the fields given and refuses duplicates, members and other workspaces', async () => {
    const ws = await createTestWorkspace();
    const feature = await createFeature(ws.manager, { name: 'Billing', description: 'Invoices' });
    await createFeature(ws.manager, { name: 'Search' });
    const renamed = await updateFeature(ws.manager, feature.id, { status: 'IN_PROGRESS' });
    expect(renamed).toMatchObject({ name: 'Billing', description: 'Invoices', status: 'IN_PROGRESS' });
    expect(renamed).not.toHaveProperty('workspaceId');
    await expect(updateFeature(ws.manager, feature.id, { name: 'Search' })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateFeature(ws.member, feature.id, { name: 'Mine' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteFeature(ws.member, feature.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateFeature(ws.manager, feature.id, {})).rejects.toBeInstanceOf(ValidationError);
    await expect(updateFeature(ws.manager, feature.id, { name: undefined })).rejects.toBeInstanceOf(ValidationError);
    expect(await getFeature(ws.viewer, feature.id)).toEqual(renamed);
    const other = await createTestWorkspace();
    await expect(getFeature(other.admin, feature.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFeature(ws.viewer, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFeature(ws.viewer, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps sprint dates in order, also against the stored date', async () => {
    const ws = await createTestWorkspace();
    const sprint = await createSprint(ws.manager, {
      number: 3,
      name: 'S3',
      startDate: '2026-12-01',
      endDate: '2026-12-14',
    });
    expect(sprint).toMatchObject({ startDate: '2026-12-01', endDate: '2026-12-14' });
    await expect(updateSprint(ws.manager, sprint.id, { endDate: '2026-11-30' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      updateSprint(ws.manager, sprint.id, { startDate: '2026-12-15', endDate: undefined }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updateSprint(ws.manager, sprint.id, { startDate: '2026-12-10', endDate: '2026-12-01' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(updateSprint(ws.member, sprint.id, { name: 'Mine' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getSprint(ws.viewer, sprint.id)).toEqual(sprint);
    expect(await updateSprint(ws.manager, sprint.id, { startDate: null })).toMatchObject({
      startDate: null,
      endDate: '2026-12-14',
    });
    await createSprint(ws.manager, { number: 4, name: 'S4' });
    await expect(updateSprint(ws.manager, sprint.id, { number: 4 })).rejects.toBeInstanceOf(ConflictError);
    expect(await updateSprint(ws.manager, sprint.id, { state: 'ACTIVE' })).toMatchObject({
      state: 'ACTIVE',
      number: 3,
    });
  });

  it('deletes features and sprints, leaving their tasks unassigned, and records every change', async () => {
    const ws = await createTestWorkspace();
    const feature = await createFeature(ws.manager, { name: 'Gone' });
    const sprint = await createSprint(ws.manager, { number: 1, name: 'Gone too' });
    await updateFeature(ws.manager, feature.id, { description: 'Soon gone' });
    await updateSprint(ws.manager, sprint.id, { goal: 'Soon gone' });
    const task = await createTask(ws.member, { title: 'Stays', featureId: feature.id, sprintId: sprint.id });
    await deleteFeature(ws.manager, feature.id);
    await deleteSprint(ws.manager, sprint.id);
    expect(await getTaskDocument(ws.member, task.key)).toMatchObject({ key: task.key, feature: null, sprint: null });
    await expect(getFeature(ws.manager, feature.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSprint(ws.manager, sprint.id)).rejects.toBeInstanceOf(NotFoundError);
    const events = (await listAuditEvents(ws.admin)).items
      .filter((event) => event.targetType === 'feature' || event.targetType === 'sprint')
      .map(({ action, targetId, summary, actorId }) => ({ action, targetId, summary, actorId }));
    const by = ws.manager.userId;
    expect(events).toEqual([
      { action: 'sprint.deleted', targetId: sprint.id, summary: 'Sprint 1: Gone too', actorId: by },
      { action: 'feature.deleted', targetId: feature.id, summary: 'Gone', actorId: by },
      { action: 'sprint.updated', targetId: sprint.id, summary: 'Changed goal', actorId: by },
      { action: 'feature.updated', targetId: feature.id, summary: 'Changed description', actorId: by },
      { action: 'sprint.created', targetId: sprint.id, summary: 'Sprint 1: Gone too', actorId: by },
      { action: 'feature.created', targetId: feature.id, summary: 'Gone', actorId: by },
    ]);
  });

  it('pages the audit log newest first, each event exactly once', async () => {
    const ws = await createTestWorkspace();
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) await createFeature(ws.manager, { name });
    const all = (await listAuditEvents(ws.admin, { limit: 200 })).items.map((event) => event.id);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEvents(ws.admin, { limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((event) => event.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && paged.length <= all.length);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(paged).toEqual(all);
    expect(all).toEqual([...all].sort().reverse());
    const other = await createTestWorkspace();
    expect((await listAuditEvents(other.admin, { limit: 200 })).items.map((event) => event.id)).not.toContain(all[0]);
  });

  it('pages members in the order they joined', async () => {
    const ws = await createTestWorkspace();
    const first = await listMembers(ws.viewer, { limit: 3 });
    const rest = await listMembers(ws.viewer, { limit: 3, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...rest.items].map((member) => member.id)).toEqual(
      [ws.admin, ws.manager, ws.member, ws.viewer].map((principal) => principal.userId),
    );
    expect(rest.nextCursor).toBeNull();
  });
});
