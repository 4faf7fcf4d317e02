// The error contract of the REST API, table-driven over the route table itself: every route answers every
// applicable error status as application/problem+json with a useful detail, and changes nothing when it refuses.
import { randomUUID } from 'node:crypto';

import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RouteSpec } from '@/lib/api/define-route';
import { apiRoutes } from '@/lib/api/routes';
import { env } from '@/lib/env';
import { itemCollections } from '@/lib/tasks/item-collections';

import { fullDocument } from '../fixtures/full-document';
import {
  type ApiClient,
  apiClient,
  type ApiReply,
  rawRequest,
  sessionCookieFor,
  tokenFor,
} from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

function expectProblem(reply: ApiReply, status: number) {
  expect(reply.status).toBe(status);
  expect(reply.headers.get('content-type')).toBe('application/problem+json');
  expect(reply.body).toMatchObject({ status, type: expect.stringMatching(/^\/api\/docs#problem-/) });
  expect(reply.body.title).toEqual(expect.any(String));
  expect(reply.body.detail.length).toBeGreaterThan(10);
  expect(JSON.stringify(reply.body)).not.toMatch(/at \w+ \(|prisma|SELECT |INSERT /i);
}

let ws: TestWorkspace;
let admin: ApiClient;
let adminToken: string;
let fixture: { task: any; other: any; featureId: string; sprintId: string }; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON replies

/** The route's path with its parameters filled with resources that exist. */
function concrete(route: RouteSpec): string {
  const collection = itemCollections.find((candidate) => route.path.startsWith(`/tasks/{key}/${candidate.slug}/`));
  const itemId = collection ? fixture.task.sections[collection.section][collection.part][0]?.id : randomUUID();
  const id = route.path.startsWith('/sprints') ? fixture.sprintId : fixture.featureId;
  return route.path
    .replace('{key}', fixture.task.key)
    .replace('{itemId}', itemId)
    .replace('{id}', route.path.startsWith('/tokens') ? randomUUID() : id)
    .replace('{userId}', ws.admin.userId)
    .replace('{type}', 'related')
    .replace('{task}', fixture.other.key);
}

const protectedRoutes = apiRoutes.filter((route) => !route.isPublic);
const bodyRoutes = protectedRoutes.filter(
  (route) => route.body && route.bodyType !== 'markdown' && route.path !== '/tokens',
);
const markdownRoutes = protectedRoutes.filter((route) => route.bodyType === 'markdown');
const label = (route: RouteSpec) => `${route.method} ${route.path}`;

beforeAll(async () => {
  // This file sends thousands of requests with one token; the 429 test sets its own small limit.
  env.API_TOKEN_RATE_LIMIT_PER_MINUTE = 1_000_000;
  env.API_USER_RATE_LIMIT_PER_MINUTE = 1_000_000;
  ws = await createTestWorkspace('ERR');
  adminToken = `Bearer ${await tokenFor(ws.admin)}`;
  admin = apiClient(adminToken.slice('Bearer '.length));
  const { body: task } = await admin.post('/tasks', { title: 'Contract', sections: fullDocument });
  const { body: other } = await admin.post('/tasks', { title: 'Other' });
  const feature = await admin.post('/features', { name: 'Contract feature' });
  const sprint = await admin.post('/sprints', { number: 1, name: 'Sprint 1' });
  fixture = { task, other, featureId: feature.body.id, sprintId: sprint.body.id };
});

describe('REST API error contract', () => {
  it.each(protectedRoutes.map((route) => [label(route), route] as const))(
    '401 without credentials: %s',
    async (_, route) => {
      const reply = await rawRequest(route.method, concrete(route));
      expectProblem(reply, 401);
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
    },
  );

  it('401 for an unknown or malformed token', async () => {
    expectProblem(await apiClient('sbp_not-a-real-token').get('/tasks'), 401);
    expectProblem(await rawRequest('GET', '/tasks', { headers: { Authorization: 'Basic abc' } }), 401);
  });

  it.each(bodyRoutes.map((route) => [label(route), route] as const))(
    '400, 413, 415, 422 for bad bodies: %s',
    async (_, route) => {
      const path = concrete(route);
      const before = await admin.get(`/tasks/${fixture.task.key}`);
      const headers = { 'If-Match': '*' };
      expectProblem(
        await admin.raw(route.method, path, {
          body: '{"title":',
          headers: { ...headers, 'Content-Type': 'application/json' },
        }),
        400,
      );
      expectProblem(
        await admin.raw(route.method, path, { body: 'title=x', headers: { ...headers, 'Content-Type': 'text/plain' } }),
        415,
      );
      const huge = JSON.stringify({ text: 'x'.repeat(env.API_BODY_LIMIT_BYTES) });
      expectProblem(
        await admin.raw(route.method, path, {
          body: huge,
          headers: { ...headers, 'Content-Type': 'application/json' },
        }),
        413,
      );
      const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
      expectProblem(
        await admin.raw(route.method, path, {
          body: deep,
          headers: { ...headers, 'Content-Type': 'application/json' },
        }),
        400,
      );
      const unknown = await admin.raw(route.method, path, {
        body: JSON.stringify({ notAField: true }),
        headers: { ...headers, 'Content-Type': 'application/json' },
      });
      expectProblem(unknown, 422);
      expect(unknown.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ message: expect.any(String) })]),
      );
      expect((await admin.get(`/tasks/${fixture.task.key}`)).body).toEqual(before.body);
    },
  );

  it.each(markdownRoutes.map((route) => [label(route), route] as const))(
    '400, 413, 415, 422 for bad documents: %s',
    async (_, route) => {
      const path = concrete(route);
      const before = await admin.get(`/tasks/${fixture.task.key}`);
      const send = (body: string, contentType = 'text/markdown') =>
        admin.raw(route.method, path, { body, headers: { 'If-Match': '*', 'Content-Type': contentType } });
      expectProblem(await send('# Task: x\n\u0000'), 400);
      expectProblem(await send('{"title":"x"}', 'application/json'), 415);
      expectProblem(await send(`# Task: x\n\n${'x'.repeat(env.API_BODY_LIMIT_BYTES)}`), 413);
      const notATask = await send('## Overview\n');
      expectProblem(notATask, 422);
      expect(notATask.body.errors[0].message).toMatch(/no "# Task: <title>" heading/);
      expect((await admin.get(`/tasks/${fixture.task.key}`)).body).toEqual(before.body);
    },
  );

  it.each(['id', 'key', 'number', 'version', 'workspaceId', 'createdAt', 'updatedAt', 'createdById'])(
    '422 when a body sets the server-owned field %s',
    async (field) => {
      const created = await admin.post('/tasks', { title: 'Mine', [field]: 'x' });
      expectProblem(created, 422);
      expect(created.body.errors).toContainEqual(expect.objectContaining({ message: expect.stringContaining(field) }));
      expectProblem(await admin.patch(`/tasks/${fixture.task.key}`, { [field]: 'x' }), 422);
    },
  );

  it('404 for unknown routes, other workspaces’ tasks and missing resources', async () => {
    const stranger = await createTestWorkspace('ERR');
    const strangerApi = apiClient(await tokenFor(stranger.admin));
    expectProblem(await admin.get('/nothing-here'), 404);
    expectProblem(await strangerApi.get(`/tasks/${fixture.task.key}`), 404);
    expectProblem(await strangerApi.get(`/tasks/${fixture.task.id}`), 404);
    expectProblem(await admin.get('/tasks/ERR-99999'), 404);
    expectProblem(await admin.get('/tasks/not%20a%20key'), 404);
    for (const path of ['/features', '/sprints', '/members']) {
      expectProblem(await admin.get(`${path}/${randomUUID()}`), 404);
      expectProblem(await admin.get(`${path}/not-a-uuid`), 404);
    }
    expectProblem(await admin.delete(`/tokens/${randomUUID()}`), 404);
    expectProblem(
      await admin.patch(`/tasks/${fixture.task.key}/acceptance-criteria/${randomUUID()}`, { isDone: true }),
      404,
    );
  });

  it('404 for writes to another workspace’s task, items, feature and sprint, changing nothing', async () => {
    const stranger = apiClient(await tokenFor((await createTestWorkspace('ERR')).admin));
    const itemId = fixture.task.sections.acceptanceCriteria.items[0].id;
    const before = await admin.get(`/tasks/${fixture.task.key}`);
    expectProblem(await stranger.patch(`/tasks/${fixture.task.id}`, { title: 'Mine now' }), 404);
    expectProblem(
      await stranger.put(`/tasks/${fixture.task.id}/sections/summary`, { text: 'x' }, { 'If-Match': '*' }),
      404,
    );
    expectProblem(
      await stranger.patch(`/tasks/${fixture.task.id}/acceptance-criteria/${itemId}`, { isDone: true }),
      404,
    );
    expectProblem(await stranger.delete(`/tasks/${fixture.task.id}`), 404);
    expectProblem(await stranger.patch(`/features/${fixture.featureId}`, { name: 'Taken' }), 404);
    expectProblem(await stranger.delete(`/sprints/${fixture.sprintId}`), 404);
    expect((await admin.get(`/tasks/${fixture.task.key}`)).body).toEqual(before.body);
    expect((await admin.get(`/features/${fixture.featureId}`)).body.name).toBe('Contract feature');
    expect((await admin.get(`/sprints/${fixture.sprintId}`)).status).toBe(200);
  });

  it('405 with Allow for a method a path does not support', async () => {
    const paths = new Map<string, string[]>();
    for (const route of protectedRoutes) paths.set(route.path, [...(paths.get(route.path) ?? []), route.method]);
    for (const [path, methods] of paths) {
      const unsupported = ['PUT', 'PATCH', 'POST', 'DELETE'].find((method) => !methods.includes(method)) as string;
      const reply = await admin.raw(unsupported, concrete({ path } as RouteSpec));
      expectProblem(reply, 405);
      expect(reply.headers.get('allow')?.split(', ').sort()).toEqual([...methods].sort());
    }
  });

  it('403 for roles, read-only tokens and cross-site session writes', async () => {
    const viewer = apiClient(await tokenFor(ws.viewer));
    const member = apiClient(await tokenFor(ws.member));
    const readOnly = apiClient(await tokenFor(ws.admin, 'READ'));
    expectProblem(await viewer.post('/tasks', { title: 'No' }), 403);
    expectProblem(
      await viewer.put(`/tasks/${fixture.task.key}/sections/summary`, { text: 'No' }, { 'If-Match': '*' }),
      403,
    );
    expectProblem(await readOnly.patch(`/tasks/${fixture.task.key}`, { title: 'No' }), 403);
    expectProblem(await member.patch(`/features/${fixture.featureId}`, { name: 'No' }), 403);
    expectProblem(await member.post('/sprints', { number: 9, name: 'No' }), 403);
    expectProblem(await member.get('/audit-events'), 403);
    expectProblem(await member.patch(`/members/${ws.viewer.userId}`, { role: 'ADMIN' }), 403);
    expectProblem(await admin.post('/tokens', { name: 'from a token', scope: 'READ' }), 403);

    const cookie = await sessionCookieFor(ws.member);
    const crossSite = await rawRequest('POST', '/tasks', {
      body: JSON.stringify({ title: 'CSRF' }),
      headers: {
        Cookie: cookie,
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
        Host: 'specboard.test',
      },
    });
    expectProblem(crossSite, 403);
    const sameSite = await rawRequest('POST', '/tasks', {
      body: JSON.stringify({ title: 'From the browser' }),
      headers: {
        Cookie: cookie,
        'Content-Type': 'application/json',
        Origin: 'http://specboard.test',
        Host: 'specboard.test',
      },
    });
    expect(sameSite.status).toBe(201);
    expect((await rawRequest('GET', '/tasks', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('409 for duplicates and for removing the last admin', async () => {
    expectProblem(await admin.post('/features', { name: 'Contract feature' }), 409);
    expectProblem(await admin.post('/sprints', { number: 1, name: 'Again' }), 409);
    expectProblem(await admin.patch(`/members/${ws.admin.userId}`, { role: 'MEMBER' }), 409);
  });

  it('412 for a stale If-Match and 428 for a missing one, changing nothing', async () => {
    const { body: task, headers } = await admin.post('/tasks', { title: 'Stale', sections: fullDocument });
    const stale = headers.get('etag') ?? '';
    await admin.patch(`/tasks/${task.key}`, { title: 'Fresh' });
    const before = (await admin.get(`/tasks/${task.key}`)).body;
    const itemId = task.sections.acceptanceCriteria.items[0].id;
    expectProblem(await admin.patch(`/tasks/${task.key}`, { status: 'DONE' }, { 'If-Match': stale }), 412);
    expectProblem(await admin.put(`/tasks/${task.key}/sections/summary`, { text: 'x' }, { 'If-Match': stale }), 412);
    expectProblem(
      await admin.patch(`/tasks/${task.key}/acceptance-criteria/${itemId}`, { isDone: true }, { 'If-Match': stale }),
      412,
    );
    expectProblem(await admin.delete(`/tasks/${task.key}`, { 'If-Match': stale }), 412);
    expectProblem(await admin.put(`/tasks/${task.key}/sections/summary`, { text: 'x' }), 428);
    // Resources without ETags cannot match a tag: a conditional write is refused rather than applied blindly.
    expectProblem(
      await admin.patch(`/features/${fixture.featureId}`, { description: 'x' }, { 'If-Match': '"v1"' }),
      412,
    );
    expect(
      (await admin.patch(`/features/${fixture.featureId}`, { description: 'y' }, { 'If-Match': '*' })).status,
    ).toBe(200);
    const head = await rawRequest('HEAD', `/tasks/${task.key}`, {
      headers: {
        Authorization: adminToken,
        'If-None-Match': (await admin.get(`/tasks/${task.key}`)).headers.get('etag') ?? '',
      },
    });
    expect(head.status).toBe(304);
    expect((await admin.get(`/tasks/${task.key}`)).body).toEqual(before);
  });

  describe('429', () => {
    afterEach(() => {
      env.API_TOKEN_RATE_LIMIT_PER_MINUTE = 1_000_000;
    });

    it('counts requests per token, reports the RateLimit headers and answers 429 with Retry-After', async () => {
      env.API_TOKEN_RATE_LIMIT_PER_MINUTE = 3;
      const limited = apiClient(await tokenFor(ws.member));
      const replies = [];
      for (let i = 0; i < 4; i++) replies.push(await limited.get('/workspaces/current'));
      expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 429]);
      expect(replies.map((reply) => reply.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
      expect(replies[0]?.headers.get('ratelimit-limit')).toBe('3');
      const refused = replies[3] as ApiReply;
      expectProblem(refused, 429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60);
      // Another token of the same user has its own budget.
      expect((await apiClient(await tokenFor(ws.member)).get('/workspaces/current')).status).toBe(200);
    });
  });
});
