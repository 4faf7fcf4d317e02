import { describe, expect, it } from 'vitest';

import { taskDocumentOutput } from '@/lib/tasks/task-document-schema';

import { fullDocument } from '../fixtures/full-document';
import { apiClient, tokenFor } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('REST API: tasks', () => {
  it('creates a task with every section and reads it back identical', async () => {
    const ws = await createTestWorkspace('API');
    const api = apiClient(await tokenFor(ws.member));
    const created = await api.post('/tasks', { title: 'Everything', status: 'IN_PROGRESS', sections: fullDocument });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/tasks/${created.body.key}`);
    expect(created.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(() => taskDocumentOutput.parse(created.body)).not.toThrow();

    const read = await api.get(`/tasks/${created.body.key}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get('etag')).toBe(created.headers.get('etag'));
    expect(read.body.sections.codeChanges.items.map((item: { path: string }) => item.path)).toEqual(
      fullDocument.codeChanges.items.map((item) => item.path),
    );
    const byId = await api.get(`/tasks/${created.body.id}`);
    expect(byId.body).toEqual(created.body);

    const unchanged = await api.get(`/tasks/${created.body.key}`, { 'If-None-Match': read.headers.get('etag') ?? '' });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeUndefined();
  });

  it('changes metadata with PATCH and refuses a stale If-Match without changing anything', async () => {
    const ws = await createTestWorkspace('API');
    const api = apiClient(await tokenFor(ws.member));
    const { body: task, headers } = await api.post('/tasks', { title: 'Patch me' });
    const etag = headers.get('etag') ?? '';
    const patched = await api.patch(`/tasks/${task.key}`, { status: 'IN_REVIEW' }, { 'If-Match': etag });
    expect(patched.status).toBe(200);
    expect(patched.body.status).toBe('IN_REVIEW');
    expect(patched.headers.get('etag')).not.toBe(etag);

    const stale = await api.patch(`/tasks/${task.key}`, { title: 'Lost update' }, { 'If-Match': etag });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    expect((await api.get(`/tasks/${task.key}`)).body.title).toBe('Patch me');
  });

  it('pages through every task exactly once with cursors and Link headers', async () => {
    const ws = await createTestWorkspace('API');
    const api = apiClient(await tokenFor(ws.member));
    for (let i = 1; i <= 7; i++) await api.post('/tasks', { title: `Task ${i}`, status: i % 2 ? 'TODO' : 'DONE' });
    const seen: string[] = [];
    let path: string | null = '/tasks?limit=3&sort=title';
    while (path) {
      const page = await api.get(path);
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((task: { title: string }) => task.title));
      const link = page.headers.get('link');
      path = page.body.nextCursor ? (link?.match(/<\/api\/v1([^>]+)>; rel="next"/)?.[1] ?? null) : null;
      expect(Boolean(link)).toBe(Boolean(page.body.nextCursor));
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `Task ${i}`));

    const done = await api.get('/tasks?status=DONE&sort=-number');
    expect(done.body.data.map((task: { title: string }) => task.title)).toEqual(['Task 6', 'Task 4', 'Task 2']);
    const several = await api.get('/tasks?status=DONE,TODO&q=task%207');
    expect(several.body.data.map((task: { title: string }) => task.title)).toEqual(['Task 7']);
  });

  it('refuses sorts outside the allowlist and cursors of another sort', async () => {
    const ws = await createTestWorkspace('API');
    const api = apiClient(await tokenFor(ws.member));
    for (let i = 1; i <= 3; i++) await api.post('/tasks', { title: `T${i}` });
    const bad = await api.get('/tasks?sort=password');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('sort');
    const first = await api.get('/tasks?limit=1&sort=title');
    const mixed = await api.get(`/tasks?limit=1&sort=-updatedAt&cursor=${first.body.nextCursor}`);
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[0].path).toBe('cursor');
    for (const values of [[{ not: 'a title' }, 1], ['T1', '1; DROP TABLE'], ['T1']]) {
      const forged = Buffer.from(JSON.stringify({ s: 'title,-number', v: values })).toString('base64url');
      expect((await api.get(`/tasks?sort=title&cursor=${forged}`)).status).toBe(422);
    }
  });

  it('deletes a task', async () => {
    const ws = await createTestWorkspace('API');
    const api = apiClient(await tokenFor(ws.member));
    const { body: task } = await api.post('/tasks', { title: 'Doomed' });
    expect((await api.delete(`/tasks/${task.key}`)).status).toBe(204);
    expect((await api.get(`/tasks/${task.key}`)).status).toBe(404);
  });
});
