import { describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { findTasks } from '@/lib/tasks/find-tasks';

import { apiClient, rawRequest, sessionCookieFor, tokenFor } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('REST API: Idempotency-Key', () => {
  it('replays the first response to a retry and creates nothing new', async () => {
    const ws = await createTestWorkspace('IDEM');
    const api = apiClient(await tokenFor(ws.member));
    const headers = { 'Idempotency-Key': 'create-once-1' };
    const first = await api.post('/tasks', { title: 'Once' }, headers);
    const retry = await api.post('/tasks', { title: 'Once' }, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect((await findTasks(ws.member)).items).toHaveLength(1);
  });

  it('runs concurrent retries once', async () => {
    const ws = await createTestWorkspace('IDEM');
    const api = apiClient(await tokenFor(ws.member));
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => api.post('/tasks', { title: 'Race' }, { 'Idempotency-Key': 'race' })),
    );
    const statuses = replies.map((reply) => reply.status);
    // Retries that arrive while the first is still running are told to retry (409); none creates a task.
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect((await findTasks(ws.member)).items).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    const ws = await createTestWorkspace('IDEM');
    const api = apiClient(await tokenFor(ws.member));
    await api.post('/tasks', { title: 'First' }, { 'Idempotency-Key': 'k' });
    const reused = await api.post('/tasks', { title: 'Second' }, { 'Idempotency-Key': 'k' });
    expect(reused.status).toBe(422);
    expect(reused.body.detail).toMatch(/different request/);
    expect((await findTasks(ws.member)).items).toHaveLength(1);
  });

  it('forgets a key after it expires', async () => {
    const ws = await createTestWorkspace('IDEM');
    const api = apiClient(await tokenFor(ws.member));
    await api.post('/tasks', { title: 'Old' }, { 'Idempotency-Key': 'reused-later' });
    const db = await prisma();
    await db.idempotencyKey.updateMany({
      where: { key: 'reused-later' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const again = await api.post('/tasks', { title: 'New' }, { 'Idempotency-Key': 'reused-later' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body.title).toBe('New');
    const replay = await api.post('/tasks', { title: 'New' }, { 'Idempotency-Key': 'reused-later' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await findTasks(ws.member)).items).toHaveLength(2);
  });

  it('refuses a key where the response holds a secret, so no token secret is ever stored', async () => {
    const ws = await createTestWorkspace('IDEM');
    const cookie = await sessionCookieFor(ws.member);
    const headers = { Cookie: cookie, Origin: 'http://specboard.test', Host: 'specboard.test' };
    const refused = await rawRequest('POST', '/tokens', {
      body: JSON.stringify({ name: 'ci', scope: 'READ' }),
      headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': 'token-once' },
    });
    expect(refused.status).toBe(400);
    const created = await rawRequest('POST', '/tokens', {
      body: JSON.stringify({ name: 'ci', scope: 'READ' }),
      headers: { ...headers, 'Content-Type': 'application/json' },
    });
    expect(created.status).toBe(201);
    const db = await prisma();
    expect(await db.idempotencyKey.count({ where: { body: { contains: 'sbp_' } } })).toBe(0);
    // A cookie that is not valid percent-encoding, set by another app on the domain, is no reason for a 500.
    const odd = await rawRequest('GET', '/tasks', { headers: { Cookie: `${cookie}; other=%E0%A4%A` } });
    expect(odd.status).toBe(200);
  });

  it('scopes keys to the caller and stores nothing for a failed request', async () => {
    const ws = await createTestWorkspace('IDEM');
    const mine = apiClient(await tokenFor(ws.member));
    const theirs = apiClient(await tokenFor(ws.manager));
    const failed = await mine.post('/tasks', { title: '' }, { 'Idempotency-Key': 'shared' });
    expect(failed.status).toBe(422);
    expect((await mine.post('/tasks', { title: 'Fixed' }, { 'Idempotency-Key': 'shared' })).status).toBe(201);
    const other = await theirs.post('/tasks', { title: 'Fixed' }, { 'Idempotency-Key': 'shared' });
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect((await findTasks(ws.member)).items).toHaveLength(2);
  });
});
