// Generated bad input against every write endpoint: thousands of random and malformed bodies and parameters.
// Whatever arrives, the API answers with a 4xx problem (or a 2xx when the input happens to be valid), never a 5xx,
// and a refused request leaves the workspace exactly as it was.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import type { RouteSpec } from '@/lib/api/define-route';
import { apiRoutes } from '@/lib/api/routes';
import { env } from '@/lib/env';
import { listFeatures } from '@/lib/features/features';
import { listSprints } from '@/lib/sprints/sprints';
import { findTasks } from '@/lib/tasks/find-tasks';
import { getTaskDocument } from '@/lib/tasks/get-task';

import { fullDocument } from '../fixtures/full-document';
import { type ApiClient, apiClient, tokenFor } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

const RUNS = 2_000;
const writeRoutes = apiRoutes.filter((route) => route.method !== 'GET' && route.path !== '/tokens');

let ws: TestWorkspace;
let api: ApiClient;
let taskKey: string;

async function snapshot(): Promise<string> {
  const [tasks, features, sprints] = await Promise.all([
    findTasks(ws.admin, { limit: 200 }),
    listFeatures(ws.admin, { limit: 200 }),
    listSprints(ws.admin, { limit: 200 }),
  ]);
  const documents = await Promise.all(tasks.items.map((task) => getTaskDocument(ws.admin, task.id)));
  return JSON.stringify([documents, features, sprints]);
}

function fieldNames(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('', 'TODO', 'DONE', '2026-13-45', 'x'.repeat(30_000), '\u0000', '<script>', 'NaN', '-1'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

function bodyFor(route: RouteSpec): fc.Arbitrary<{ text: string; contentType: string }> {
  const names = fieldNames(route.body);
  const asJson = (value: unknown) => ({ text: JSON.stringify(value) ?? 'null', contentType: 'application/json' });
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map(asJson),
    names.length > 0
      ? fc.dictionary(fc.constantFrom(...names, 'id', 'version', 'extra'), jsonish, { maxKeys: 6 }).map(asJson)
      : fc.dictionary(fc.string({ maxLength: 8 }), jsonish, { maxKeys: 3 }).map(asJson),
    fc.string({ maxLength: 60 }).map((text) => ({ text, contentType: 'application/json' })),
    fc.string({ maxLength: 20 }).map((text) => ({ text, contentType: 'text/plain' })),
  );
}

const randomSegment = fc.oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.uuid()).map(encodeURIComponent);

/** Existing task and member for their parameters unless `useRandom` says otherwise; random ids for the rest. */
function pathFor(route: RouteSpec, useRandom: Record<string, boolean>, random: string): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (useRandom[name]) return random;
    if (name === 'key' || name === 'task') return taskKey;
    if (name === 'type') return 'related';
    if (name === 'userId') return ws.viewer.userId;
    return random;
  });
}

beforeAll(async () => {
  env.API_TOKEN_RATE_LIMIT_PER_MINUTE = 1_000_000;
  env.API_USER_RATE_LIMIT_PER_MINUTE = 1_000_000;
  ws = await createTestWorkspace('FUZZ');
  api = apiClient(await tokenFor(ws.admin));
  taskKey = (await api.post('/tasks', { title: 'Fuzzed', sections: fullDocument })).body.key;
  await api.post('/tasks', { title: 'Neighbour' });
  await api.post('/features', { name: 'Fuzz feature' });
  await api.post('/sprints', { number: 1, name: 'Fuzz sprint' });
});

describe('REST API under generated bad input', () => {
  it(`answers ${RUNS} random requests to every write endpoint without a 5xx or a partial write`, async () => {
    let refused = 0;
    const byLabel = new Map(writeRoutes.map((route) => [`${route.method} ${route.path}`, route]));
    const request = fc.constantFrom(...byLabel.keys()).chain((label) =>
      fc.record({
        label: fc.constant(label),
        body: bodyFor(byLabel.get(label) as RouteSpec),
        useRandom: fc.record({ key: fc.boolean(), task: fc.boolean() }),
        random: randomSegment,
        query: fc.option(
          fc.dictionary(fc.constantFrom('limit', 'cursor', 'x'), fc.string({ maxLength: 10 }), { maxKeys: 2 }),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, fc.context(), async ({ label, body: generated, useRandom, random, query }, context) => {
        const route = byLabel.get(label) as RouteSpec;
        const body = route.body ? generated : undefined;
        const search = query ? `?${new URLSearchParams(query)}` : '';
        const path = `${pathFor(route, useRandom, random)}${search}`;
        const before = await snapshot();
        const reply = await api.raw(route.method, path, {
          body: body?.text,
          headers: { 'If-Match': '*', ...(body && { 'Content-Type': body.contentType }) },
        });
        context.log(`${route.method} ${path} ${body?.text.slice(0, 200)} -> ${reply.status}`);
        expect(reply.status).toBeLessThan(500);
        if (reply.status >= 400) {
          refused++;
          expect(reply.headers.get('content-type')).toBe('application/problem+json');
          expect(reply.body.detail).toEqual(expect.any(String));
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: 20261125 },
    );
    expect(refused).toBeGreaterThan(RUNS * 0.8);
  }, 600_000);
});
