import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { findTasks } from '@/lib/tasks/find-tasks';

import { apiClient, tokenFor } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

const fixture = (name: string) => readFileSync(new URL(`../fixtures/markdown/${name}.md`, import.meta.url), 'utf8');
const markdownHeaders = { 'Content-Type': 'text/markdown; charset=utf-8' };

async function setup() {
  const ws = await createTestWorkspace('MD');
  const token = await tokenFor(ws.manager);
  const api = apiClient(token);
  const send = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
    api.raw(method, path, { body, headers: { ...markdownHeaders, ...headers } });
  return { ws, api, send };
}

describe('REST API: tasks as Markdown', () => {
  it('imports a document, reporting what it created and what it could not resolve', async () => {
    const { ws, api, send } = await setup();
    const dry = await send('POST', '/tasks/import?dryRun=true', fixture('complete'));
    expect(dry.status).toBe(200);
    expect(dry.body.task.title).toBe('Hello *world*');
    expect(dry.body.warnings.map((warning: { message: string }) => warning.message)).toEqual(
      expect.arrayContaining(['Would create the feature "SSO"', 'Would create sprint 3']),
    );
    expect((await findTasks(ws.manager)).items).toEqual([]);

    const created = await send('POST', '/tasks/import', fixture('complete'));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/tasks/${created.body.task.key}`);
    const { task, warnings } = created.body;
    expect(task).toMatchObject({
      assignee: null,
      assigneeName: 'Ada',
      feature: { name: 'SSO' },
      sprint: { number: 3 },
    });
    expect(task.createdAt.slice(0, 10)).toBe('2026-11-20');
    expect(warnings.map((warning: { path: string }) => warning.path).sort()).toEqual(
      ['assignee', 'feature', 'links', 'links', 'links', 'links', 'sprint'].sort(),
    );
    expect(task.pendingLinks.map((link: { key: string }) => link.key).sort()).toEqual(['T-4', 'T-5', 'T-6', 'T-9']);

    const exported = await api.get(`/tasks/${task.key}/markdown`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(exported.body).toBe(fixture('complete'));
    expect(
      (await api.get(`/tasks/${task.key}/markdown`, { 'If-None-Match': exported.headers.get('etag') ?? '' })).status,
    ).toBe(304);
    const download = await api.get(`/tasks/${task.key}/markdown?download=true`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${task.key}.md"`);
  });

  it('links a pending key once a task with that key exists', async () => {
    const { api, send } = await setup();
    const doc = fixture('sparse').replace('BILL-7', 'MD-2');
    const { body: first } = await send('POST', '/tasks/import', doc);
    expect(first.task.key).toBe('MD-1');
    expect(first.task.pendingLinks).toEqual([{ set: 'related', key: 'MD-2', description: '', position: 0 }]);
    await api.post('/tasks', { title: 'The second task' });
    const { body: linked } = await api.get('/tasks/MD-1');
    expect(linked.pendingLinks).toEqual([]);
    expect(linked.sections.relatedTasks.related.map((task: { key: string }) => task.key)).toEqual(['MD-2']);
    expect((await api.get('/tasks/MD-1/markdown')).body).toBe(doc);
  });

  it('replaces a task from Markdown with If-Match, and refuses a stale one', async () => {
    const { api, send } = await setup();
    const { body } = await send('POST', '/tasks/import', fixture('hostile'));
    const key = body.task.key;
    const read = await api.get(`/tasks/${key}/markdown`);
    const edited = read.body
      .replace('**Status**: Blocked', '**Status**: In Review')
      .replace('- [ ] A criterion', '- [x] A criterion');
    expect((await send('PUT', `/tasks/${key}/markdown`, edited)).status).toBe(428);
    const replaced = await send('PUT', `/tasks/${key}/markdown`, edited, {
      'If-Match': read.headers.get('etag') ?? '',
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.task.status).toBe('IN_REVIEW');
    expect((await api.get(`/tasks/${key}/markdown`)).body).toBe(
      edited
        .replace(/\*\*Last Updated\*\*: [\d-]+/, `**Last Updated**: ${replaced.body.task.updatedAt.slice(0, 10)}`)
        .replace(/\*\*Created\*\*: [\d-]+/, `**Created**: ${replaced.body.task.createdAt.slice(0, 10)}`),
    );
    const stale = await send('PUT', `/tasks/${key}/markdown`, read.body, {
      'If-Match': read.headers.get('etag') ?? '',
    });
    expect(stale.status).toBe(412);
    expect((await api.get(`/tasks/${key}`)).body.status).toBe('IN_REVIEW');
  });

  it('refuses what is not a task document with a line number, writing nothing', async () => {
    const { ws, api, send } = await setup();
    const cases: Array<[string, string, Record<string, string>, number, RegExp]> = [
      ['empty', '', {}, 422, /needs a Markdown document/],
      ['no title', '## Overview\n\n- [ ] x\n', {}, 422, /no "# Task: <title>" heading/],
      ['bad status', '# Task: X\n\n**Status**: Doing\n', {}, 422, /Line 3: unknown status "Doing"/],
      ['binary', '# Task: X\n\u0000\u0001', {}, 400, /binary data.*line 2/],
      ['json', '{"title":"x"}', { 'Content-Type': 'application/json' }, 415, /text\/markdown/],
    ];
    for (const [name, text, headers, status, detail] of cases) {
      const reply = await send('POST', '/tasks/import', text, headers);
      expect(reply.status, name).toBe(status);
      expect(reply.headers.get('content-type'), name).toBe('application/problem+json');
      expect(reply.body.detail, name).toMatch(detail);
    }
    const invalidUtf8 = await api.raw('POST', '/tasks/import', {
      body: new Uint8Array([0x23, 0x20, 0xff, 0xfe]) as unknown as string,
      headers: markdownHeaders,
    });
    expect(invalidUtf8.status).toBe(400);
    expect(invalidUtf8.body.detail).toMatch(/not valid UTF-8 \(line 1\)/);
    expect((await findTasks(ws.manager)).items).toEqual([]);
  });

  it('lets viewers read Markdown but not import it', async () => {
    const { ws, send } = await setup();
    const viewer = apiClient(await tokenFor(ws.viewer));
    const reply = await viewer.raw('POST', '/tasks/import', { body: fixture('sparse'), headers: markdownHeaders });
    expect(reply.status).toBe(403);
    const { body } = await send('POST', '/tasks/import', fixture('sparse'));
    expect((await viewer.get(`/tasks/${body.task.key}/markdown`)).status).toBe(200);
  });
});
