import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { listAuditEvents } from '@/lib/audit/audit-log';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { createFeature, deleteFeature, getFeature, listFeatures, updateFeature } from '@/lib/features/features';
import { createSprint, deleteSprint, listSprints, updateSprint } from '@/lib/sprints/sprints';
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
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listFeatures(ws.viewer, { limit: 2, cursor });
      names.push(...page.items.map((feature) => feature.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    await createSprint(ws.manager, { number: 1, name: 'S1' });
    await createSprint(ws.manager, { number: 2, name: 'S2' });
    const { nextCursor: sprintCursor } = await listSprints(ws.viewer, { limit: 1 });
    await expect(listFeatures(ws.viewer, { cursor: sprintCursor ?? '' })).rejects.toBeInstanceOf(ValidationError);
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
    await expect(updateFeature(ws.manager, feature.id, {})).rejects.toBeInstanceOf(ValidationError);
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
      updateSprint(ws.manager, sprint.id, { startDate: '2026-12-10', endDate: '2026-12-01' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await createSprint(ws.manager, { number: 4, name: 'S4' });
    await expect(updateSprint(ws.manager, sprint.id, { number: 4 })).rejects.toBeInstanceOf(ConflictError);
    expect(await updateSprint(ws.manager, sprint.id, { state: 'ACTIVE' })).toMatchObject({
      state: 'ACTIVE',
      number: 3,
    });
  });

  it('deletes features and sprints, leaving their tasks unassigned, and records it', async () => {
    const ws = await createTestWorkspace();
    const feature = await createFeature(ws.manager, { name: 'Gone' });
    const sprint = await createSprint(ws.manager, { number: 1, name: 'Gone too' });
    const task = await createTask(ws.member, { title: 'Stays', featureId: feature.id, sprintId: sprint.id });
    await deleteFeature(ws.manager, feature.id);
    await deleteSprint(ws.manager, sprint.id);
    expect(await getTaskDocument(ws.member, task.key)).toMatchObject({ feature: null, sprint: null });
    const actions = (await listAuditEvents(ws.admin)).items.map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['feature.created', 'sprint.created', 'feature.deleted', 'sprint.deleted']),
    );
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
