#!/usr/bin/env node
// Plays "another tool": a script that knows nothing of Specboard's code, only its REST API and a token.
// Usage: SPECBOARD_URL=http://localhost:3000 SPECBOARD_TOKEN=sbp_… node tests/api-tool/another-tool.mjs
// It exits non-zero, naming the step, when the API does not behave as documented.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const base = `${process.env.SPECBOARD_URL ?? 'http://localhost:3000'}/api/v1`;
const token = process.env.SPECBOARD_TOKEN;
if (!token) throw new Error('Set SPECBOARD_TOKEN to an API token with read-write scope.');
const sections = JSON.parse(readFileSync(new URL('./full-task-sections.json', import.meta.url), 'utf8'));

async function call(method, path, { body, headers = {} } = {}) {
  const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function step(name, run) {
  const started = performance.now();
  try {
    await run();
    console.log(`ok   ${name} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    console.error(`FAIL ${name}\n${error.stack ?? error}`);
    process.exit(1);
  }
}

const withoutIds = (items) => items.map(({ id: _id, ...item }) => item);
let task;
let etag;

await step('create a task with every section filled', async () => {
  const blocker = await call('POST', '/tasks', { body: { title: 'Schema migration' } });
  const related = await call('POST', '/tasks', { body: { title: 'Login page copy' } });
  assert.equal(blocker.status, 201);
  const created = await call('POST', '/tasks', {
    body: {
      title: 'SSO with OIDC',
      status: 'IN_PROGRESS',
      estimatePoints: 5,
      estimateHours: 12,
      reviewDate: '2026-12-01',
      completionTarget: '2026-12-15',
      sections: {
        ...sections,
        prerequisiteTasks: { items: [{ taskId: blocker.body.id, description: 'tables first' }] },
        relatedTasks: { blockedBy: [], blocks: [], related: [related.body.id] },
      },
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  task = created.body;
  etag = created.headers.get('etag');
  assert.ok(etag, 'ETag on create');
  for (const [key, value] of Object.entries(sections)) {
    for (const [part, content] of Object.entries(value)) {
      const stored = task.sections[key][part];
      assert.deepEqual(Array.isArray(content) ? withoutIds(stored) : stored, content, `${key}.${part}`);
    }
  }
  assert.equal(task.sections.prerequisiteTasks.items[0].key, blocker.body.key);
});

await step('read it back identical', async () => {
  const read = await call('GET', `/tasks/${task.key}`);
  assert.equal(read.status, 200);
  assert.deepEqual(read.body, task);
  assert.equal(read.headers.get('etag'), etag);
});

await step('page through 500 tasks', async () => {
  const created = new Set();
  for (let i = 0; i < 500; i++) {
    const reply = await call('POST', '/tasks', { body: { title: `Bulk ${i}` } });
    assert.equal(reply.status, 201);
    created.add(reply.body.key);
  }
  const seen = new Set();
  let url = `/tasks?limit=200&sort=-number`;
  let pages = 0;
  while (url) {
    const page = await call('GET', url);
    assert.equal(page.status, 200);
    for (const row of page.body.data) {
      assert.ok(!seen.has(row.key), `${row.key} on two pages`);
      seen.add(row.key);
    }
    pages++;
    const next = page.headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1];
    assert.equal(Boolean(next), page.body.nextCursor !== null);
    url = next ? new URL(next, base).href : null;
  }
  for (const key of created) assert.ok(seen.has(key), `${key} missing from the pages`);
  assert.ok(pages >= 3);
});

await step('update a section with If-Match, then get 412 with the stale ETag', async () => {
  const path = `/tasks/${task.key}/sections/acceptance-criteria`;
  const section = await call('GET', path);
  const sectionTag = section.headers.get('etag');
  const items = [...section.body.items, { text: 'Works with Azure AD', isDone: false }];
  const updated = await call('PUT', path, { body: { items }, headers: { 'If-Match': sectionTag } });
  assert.equal(updated.status, 200, JSON.stringify(updated.body));
  assert.equal(updated.body.items.length, 3);
  const stale = await call('PUT', path, { body: { items: [] }, headers: { 'If-Match': sectionTag } });
  assert.equal(stale.status, 412);
  assert.equal(stale.headers.get('content-type'), 'application/problem+json');
  assert.equal((await call('GET', path)).body.items.length, 3);
});

await step('retry a POST with an Idempotency-Key and get exactly one task', async () => {
  const key = randomUUID();
  const title = `Idempotent ${key}`;
  const first = await call('POST', '/tasks', { body: { title }, headers: { 'Idempotency-Key': key } });
  const retry = await call('POST', '/tasks', { body: { title }, headers: { 'Idempotency-Key': key } });
  assert.equal(first.status, 201);
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.equal(retry.body.key, first.body.key);
  const found = await call('GET', `/tasks?q=${encodeURIComponent(title)}`);
  assert.equal(found.body.data.length, 1);
});

await step('get 429 past the rate limit', async () => {
  for (let i = 0; i < 5000; i++) {
    const reply = await call('GET', '/workspaces/current');
    if (reply.status === 429) {
      assert.ok(Number(reply.headers.get('retry-after')) > 0, 'Retry-After');
      assert.equal(reply.headers.get('ratelimit-remaining'), '0');
      assert.equal(reply.headers.get('content-type'), 'application/problem+json');
      return;
    }
    assert.equal(reply.status, 200);
    assert.ok(Number(reply.headers.get('ratelimit-limit')) > 0);
  }
  assert.fail('no 429 after 5000 requests');
});
