import { describe, expect, it } from 'vitest';

import { ForbiddenError, ValidationError } from '@/lib/errors';
import { filledSectionsOf } from '@/lib/tasks/completeness';
import { createTask } from '@/lib/tasks/create-task';
import { deleteTask } from '@/lib/tasks/delete-task';
import { findTasks } from '@/lib/tasks/find-tasks';
import { getTaskDocument as getTask } from '@/lib/tasks/get-task';
import { sectionKeys } from '@/lib/tasks/sections';
import { updateTask } from '@/lib/tasks/update-task';
import { updateTaskSection } from '@/lib/tasks/update-task-section';
import { updateWorkspaceSettings } from '@/lib/workspaces/workspace-settings';

import { fullDocument } from '../fixtures/full-document';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

/** The completeness the list shows (the stored column), by key. */
async function listed(ws: TestWorkspace, query: Parameters<typeof findTasks>[1] = {}) {
  const page = await findTasks(ws.viewer, { ...query, limit: 200 });
  return Object.fromEntries(page.items.map((task) => [task.key, task]));
}

describe('completeness', () => {
  it('counts filled sections over the sections that apply, optional ones once filled', async () => {
    const ws = await createTestWorkspace('CMP');
    // A new task starts with the template's default checklists (definition of done, three success criteria).
    const task = await createTask(ws.member, { title: 'Empty' });
    expect(task.completeness).toMatchObject({ filled: 4, applicable: 20, percent: 20 });
    expect(task.completeness.missing).toContain('acceptanceCriteria');
    expect(task.completeness.missing).not.toContain('apiContracts');
    expect(task.completeness.missing).not.toContain('rollbackPlan');

    await updateTaskSection(ws.member, task.key, 'summary', { text: 'Something' });
    expect((await getTask(ws.viewer, task.key)).completeness).toMatchObject({ filled: 5, applicable: 20, percent: 25 });

    // Database changes are optional; once filled they apply, and so does the rollback plan.
    await updateTaskSection(ws.member, task.key, 'databaseChanges', { tables: 'users: add sso_subject' });
    const withDb = await getTask(ws.viewer, task.key);
    expect(withDb.completeness).toMatchObject({ filled: 6, applicable: 22, percent: 27 });
    expect(withDb.completeness.missing).toContain('rollbackPlan');
    expect((await listed(ws))[task.key]?.completeness).toBe(27);

    // Whitespace is not content.
    await updateTaskSection(ws.member, task.key, 'summary', { text: ' \n\t ' });
    expect((await getTask(ws.viewer, task.key)).completeness.filled).toBe(5);
  });

  it('stores the same filled sections the document shows, up to 100% for a full document', async () => {
    const ws = await createTestWorkspace('CMP');
    const other = await createTask(ws.member, { title: 'Other' });
    const full = await createTask(ws.member, {
      title: 'Full',
      sections: {
        ...fullDocument,
        prerequisiteTasks: { items: [{ taskId: other.id, description: 'First' }] },
        relatedTasks: { related: [other.id] },
      },
    });
    expect(full.completeness).toMatchObject({ percent: 100, missing: [] });
    expect(full.completeness.filled).toBe(sectionKeys.length);
    expect(filledSectionsOf(full.sections)).toHaveLength(sectionKeys.length);
    expect((await listed(ws))[full.key]?.completeness).toBe(100);
  });

  it('follows links made, removed and deleted from the other task', async () => {
    const ws = await createTestWorkspace('CMP');
    const a = await createTask(ws.member, { title: 'A' });
    const b = await createTask(ws.member, { title: 'B' });
    const hasRelated = async (key: string) => {
      const task = await getTask(ws.viewer, key);
      const stored = (await listed(ws))[key]?.completeness;
      expect(stored).toBe(task.completeness.percent);
      return filledSectionsOf(task.sections).includes('relatedTasks');
    };

    await updateTaskSection(ws.member, a.key, 'relatedTasks', { blocks: [b.id] });
    expect(await hasRelated(b.key)).toBe(true);
    expect((await getTask(ws.viewer, b.key)).completeness.applicable).toBe(21);

    await updateTaskSection(ws.member, a.key, 'relatedTasks', { blocks: [] });
    expect(await hasRelated(b.key)).toBe(false);
    expect((await getTask(ws.viewer, b.key)).completeness.applicable).toBe(20);

    await updateTaskSection(ws.member, b.key, 'relatedTasks', { related: [a.id] });
    expect(await hasRelated(a.key)).toBe(true);
    expect((await getTask(ws.viewer, a.key)).completeness.applicable).toBe(21);
    await deleteTask(ws.member, b.key);
    expect(await hasRelated(a.key)).toBe(false);
    expect((await getTask(ws.viewer, a.key)).completeness.applicable).toBe(20);
  });
});

describe('required sections', () => {
  it('refuses a move until the sections the workspace requires are filled', async () => {
    const ws = await createTestWorkspace('REQ');
    await updateWorkspaceSettings(ws.admin, {
      requiredForInProgress: ['rollbackPlan', 'acceptanceCriteria'],
      requiredForDone: ['technicalRisks'],
    });
    const task = await createTask(ws.member, { title: 'Gated' });

    const start = updateTask(ws.member, task.key, { status: 'IN_PROGRESS' });
    await expect(start).rejects.toBeInstanceOf(ValidationError);
    // The rollback plan applies only once database or API changes are filled.
    await expect(start).rejects.toThrow('Fill in Acceptance Criteria before moving this task to In Progress');
    await expect(updateTask(ws.member, task.key, { status: 'IN_REVIEW' })).rejects.toThrow(/Acceptance Criteria/);
    expect((await getTask(ws.viewer, task.key)).status).toBe('TODO');
    await updateTask(ws.member, task.key, { status: 'BLOCKED' });

    await updateTaskSection(ws.member, task.key, 'acceptanceCriteria', { items: [{ text: 'Works' }] });
    await updateTaskSection(ws.member, task.key, 'apiChanges', { endpoints: 'POST /sso' });
    await expect(updateTask(ws.member, task.key, { status: 'IN_PROGRESS' })).rejects.toThrow(
      'Fill in Rollback Plan before moving this task to In Progress',
    );
    await updateTaskSection(ws.member, task.key, 'rollbackPlan', { trigger: 'Sign-in errors above 1%' });
    expect((await updateTask(ws.member, task.key, { status: 'IN_PROGRESS' })).status).toBe('IN_PROGRESS');

    await expect(updateTask(ws.member, task.key, { status: 'DONE' })).rejects.toThrow(
      'Fill in Technical Risks before moving this task to Done',
    );
    await updateTaskSection(ws.member, task.key, 'technicalRisks', { items: [{ name: 'IdP outage' }] });
    expect((await updateTask(ws.member, task.key, { status: 'DONE' })).status).toBe('DONE');
  });

  it('enforces an optional section once the workspace requires it', async () => {
    const ws = await createTestWorkspace('REQ');
    await updateWorkspaceSettings(ws.admin, { requiredForInProgress: ['apiContracts'] });
    const task = await createTask(ws.member, { title: 'Contract first' });
    await expect(updateTask(ws.member, task.key, { status: 'IN_PROGRESS' })).rejects.toThrow(
      'Fill in API Contracts before moving this task to In Progress',
    );
    await updateTaskSection(ws.member, task.key, 'apiContracts', {
      blocks: [{ language: 'yaml', code: 'openapi: 3.1.0' }],
    });
    expect((await updateTask(ws.member, task.key, { status: 'IN_PROGRESS' })).status).toBe('IN_PROGRESS');
  });

  it('lets only admins change the rules, and only to real sections', async () => {
    const ws = await createTestWorkspace('REQ');
    await expect(updateWorkspaceSettings(ws.manager, { requiredForDone: ['summary'] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updateWorkspaceSettings(ws.admin, { requiredForDone: ['nonsense'] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(updateWorkspaceSettings(ws.admin, { extra: true })).rejects.toBeInstanceOf(ValidationError);
    const saved = await updateWorkspaceSettings(ws.admin, { requiredForDone: ['references', 'summary', 'summary'] });
    expect(saved).toMatchObject({ requiredForInProgress: [], requiredForDone: ['summary', 'references'] });
  });
});

describe('list filters on blockers and completeness', () => {
  it('finds blocked tasks: status Blocked, or waiting on a prerequisite or blocker not Done', async () => {
    const ws = await createTestWorkspace('BLK');
    const blocker = await createTask(ws.member, { title: 'Blocker' });
    const waits = await createTask(ws.member, {
      title: 'Waits',
      sections: { prerequisiteTasks: { items: [{ taskId: blocker.id, description: '' }] } },
    });
    const blockedBy = await createTask(ws.member, {
      title: 'Blocked by',
      sections: { relatedTasks: { blockedBy: [blocker.id] } },
    });
    const stuck = await createTask(ws.member, { title: 'Stuck', status: 'BLOCKED' });
    const free = await createTask(ws.member, { title: 'Free' });

    const blocked = await listed(ws, { blocked: 'true' });
    expect(Object.keys(blocked).sort()).toEqual([waits.key, blockedBy.key, stuck.key].sort());
    expect(blocked[waits.key]?.unfinishedBlockers).toBe(1);
    expect(Object.keys(await listed(ws, { blocked: 'false' })).sort()).toEqual([blocker.key, free.key].sort());

    await updateTask(ws.member, blocker.key, { status: 'DONE' });
    expect(Object.keys(await listed(ws, { blocked: 'true' }))).toEqual([stuck.key]);
    expect((await listed(ws))[waits.key]?.unfinishedBlockers).toBe(0);
  });

  it('filters by a completeness range', async () => {
    const ws = await createTestWorkspace('FIL');
    const empty = await createTask(ws.member, { title: 'Empty' });
    const full = await createTask(ws.member, { title: 'Full', sections: fullDocument });
    expect(Object.keys(await listed(ws, { minCompleteness: '100' }))).toEqual([full.key]);
    expect(Object.keys(await listed(ws, { maxCompleteness: '49' }))).toEqual([empty.key]);
    await expect(findTasks(ws.viewer, { minCompleteness: '101' })).rejects.toThrow('whole number from 0 to 100');
  });
});
