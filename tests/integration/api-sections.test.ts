import { describe, expect, it } from 'vitest';

import { sectionKeys, sectionSlug } from '@/lib/tasks/sections';
import { sectionOutputSchemas } from '@/lib/tasks/task-document-schema';

import { fullDocument } from '../fixtures/full-document';
import { apiClient, tokenFor } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

async function setup() {
  const ws = await createTestWorkspace('SEC');
  const api = apiClient(await tokenFor(ws.member));
  const { body: task } = await api.post('/tasks', { title: 'Sections', sections: fullDocument });
  return { ws, api, task };
}

describe('REST API: sections', () => {
  it('serves every section of the template on its own, with an ETag', async () => {
    const { api, task } = await setup();
    for (const key of sectionKeys) {
      const reply = await api.get(`/tasks/${task.key}/sections/${sectionSlug(key)}`);
      expect(reply.status, key).toBe(200);
      expect(reply.body, key).toEqual(task.sections[key]);
      expect(sectionOutputSchemas[key].safeParse(reply.body).success, key).toBe(true);
      expect(reply.headers.get('etag'), key).toMatch(/^".+"$/);
    }
  });

  it('requires If-Match to replace a section, and lets exactly one of two writers with the same ETag win', async () => {
    const { api, task } = await setup();
    const path = `/tasks/${task.key}/sections/summary`;
    expect((await api.put(path, { text: 'no precondition' })).status).toBe(428);
    const etag = (await api.get(path)).headers.get('etag') ?? '';
    const [first, second] = await Promise.all([
      api.put(path, { text: 'writer one' }, { 'If-Match': etag }),
      api.put(path, { text: 'writer two' }, { 'If-Match': etag }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 412]);
    const winner = first.status === 200 ? 'writer one' : 'writer two';
    expect((await api.get(path)).body.text).toBe(winner);
    expect((await api.put(path, { text: 'forced' }, { 'If-Match': '*' })).status).toBe(200);
  });

  it('lets two clients holding the same document edit different sections', async () => {
    const { ws, api, task } = await setup();
    const other = apiClient(await tokenFor(ws.manager));
    const summaryTag = (await api.get(`/tasks/${task.key}/sections/summary`)).headers.get('etag') ?? '';
    const rollbackTag = (await other.get(`/tasks/${task.key}/sections/rollback-plan`)).headers.get('etag') ?? '';
    const mine = await api.put(`/tasks/${task.key}/sections/summary`, { text: 'mine' }, { 'If-Match': summaryTag });
    const theirs = await other.put(
      `/tasks/${task.key}/sections/rollback-plan`,
      { trigger: 'error rate > 2%', steps: 'redeploy previous', dataConsiderations: '' },
      { 'If-Match': rollbackTag },
    );
    expect([mine.status, theirs.status]).toEqual([200, 200]);
    const { body: read } = await api.get(`/tasks/${task.key}`);
    expect(read.sections.summary.text).toBe('mine');
    expect(read.sections.rollbackPlan.trigger).toBe('error rate > 2%');
  });

  it('adds, changes, reorders and removes single items of a list section', async () => {
    const { api, task } = await setup();
    const base = `/tasks/${task.key}/acceptance-criteria`;
    const added = await api.post(base, { text: 'Audit log records SSO logins' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ text: 'Audit log records SSO logins', isDone: false });
    expect(added.headers.get('location')).toBe(`/api/v1${base}/${added.body.id}`);

    const checked = await api.patch(
      `${base}/${added.body.id}`,
      { isDone: true },
      { 'If-Match': added.headers.get('etag') ?? '' },
    );
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({ ...added.body, isDone: true });

    const { body: list } = await api.get(base);
    const ids = list.data.map((item: { id: string }) => item.id);
    expect(ids).toHaveLength(3);
    const reordered = await api.put(`${base}/order`, { ids: [...ids].reverse() });
    expect(reordered.body.data.map((item: { id: string }) => item.id)).toEqual([...ids].reverse());
    expect((await api.put(`${base}/order`, { ids: ids.slice(1) })).status).toBe(422);

    expect((await api.delete(`${base}/${added.body.id}`)).status).toBe(204);
    expect((await api.delete(`${base}/${added.body.id}`)).status).toBe(404);
    const { body: after } = await api.get(`/tasks/${task.key}/sections/acceptance-criteria`);
    expect(after.items.map((item: { id: string }) => item.id)).toEqual(ids.slice(0, 2).reverse());
  });

  it('refuses an item patch that breaks the item rules, changing nothing', async () => {
    const { api, task } = await setup();
    const base = `/tasks/${task.key}/key-components`;
    const { body: list } = await api.get(base);
    const id = list.data[0].id;
    const refused = await api.patch(`${base}/${id}`, { name: '', id: 'x' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['', 'name'].sort());
    expect((await api.get(base)).body).toEqual(list);
  });

  it('links tasks one at a time and answers a cycle with 422 naming it', async () => {
    const { api, task } = await setup();
    const { body: other } = await api.post('/tasks', { title: 'Other' });
    const linked = await api.post(`/tasks/${task.key}/links`, {
      type: 'prerequisite',
      task: other.key,
      description: 'schema first',
    });
    expect(linked.status).toBe(201);
    expect(linked.body.data).toEqual([expect.objectContaining({ key: other.key, description: 'schema first' })]);

    const cycle = await api.post(`/tasks/${other.key}/links`, { type: 'blocked-by', task: task.key });
    expect(cycle.status).toBe(422);
    expect(cycle.body.detail).toContain(`${other.key} → ${task.key} → ${other.key}`);

    const { body: links } = await api.get(`/tasks/${task.key}/links`);
    expect(links.prerequisites.map((link: { key: string }) => link.key)).toEqual([other.key]);
    expect((await api.delete(`/tasks/${task.key}/links/prerequisite/${other.key}`)).status).toBe(204);
    expect((await api.delete(`/tasks/${task.key}/links/prerequisite/${other.key}`)).status).toBe(404);
    expect((await api.post(`/tasks/${task.key}/links`, { type: 'related', task: 'SEC-999' })).status).toBe(422);
  });
});
