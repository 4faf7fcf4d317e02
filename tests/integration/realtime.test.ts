import { describe, expect, it } from 'vitest';

import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { streamTaskEvents } from '@/lib/realtime/event-stream';
import { createTask } from '@/lib/tasks/create-task';
import { deleteTask } from '@/lib/tasks/delete-task';
import { updateTask } from '@/lib/tasks/update-task';

import { tokenFor } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

interface Received {
  id: string;
  key: string;
  kind: string;
}

/** Opens the event stream with `headers` and collects its task events until closed. */
async function follow(headers: Record<string, string>) {
  const controller = new AbortController();
  const response = await streamTaskEvents(
    new Request('http://specboard.test/api/events', { headers, signal: controller.signal }),
  );
  const events: Received[] = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let isEnded = false;
  void (async () => {
    for (;;) {
      const chunk = await reader?.read().catch(() => undefined);
      if (!chunk || chunk.done) {
        isEnded = true;
        return;
      }
      buffer += decoder.decode(chunk.value);
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (id && data && /^event: task$/m.test(block)) events.push({ id, ...JSON.parse(data) });
      }
    }
  })();
  return { response, events, isEnded: () => isEnded, close: () => controller.abort() };
}

describe('live task events', () => {
  it('streams the workspace’s changes as they commit, and nothing of another workspace', async () => {
    const ws = await createTestWorkspace('RT');
    const other = await createTestWorkspace('RTO');
    const stream = await follow({ Authorization: `Bearer ${await tokenFor(ws.viewer, 'READ')}` });
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    try {
      const task = await createTask(ws.member, { title: 'Watched' });
      await createTask(other.member, { title: 'Not ours' });
      await updateTask(ws.member, task.key, { status: 'IN_PROGRESS' });
      await deleteTask(ws.member, task.key);
      await expect
        .poll(() => stream.events.map(({ key, kind }) => `${key} ${kind}`))
        .toEqual([`${task.key} changed`, `${task.key} changed`, `${task.key} deleted`]);
    } finally {
      stream.close();
    }
  });

  it('sends what a reconnecting client missed after its Last-Event-ID', async () => {
    const ws = await createTestWorkspace('RT');
    const token = await tokenFor(ws.viewer, 'READ');
    const first = await follow({ Authorization: `Bearer ${token}` });
    const a = await createTask(ws.member, { title: 'Seen' });
    await expect.poll(() => first.events.length).toBe(1);
    first.close();
    const lastSeen = first.events[0]?.id ?? '';

    const b = await createTask(ws.member, { title: 'Missed' });
    const again = await follow({ Authorization: `Bearer ${token}`, 'Last-Event-ID': lastSeen });
    try {
      await expect.poll(() => again.events.map((event) => event.key)).toEqual([b.key]);
      expect(again.events.map((event) => event.key)).not.toContain(a.key);
    } finally {
      again.close();
    }
  });

  it('ends the stream, sending nothing more, once its token is revoked', async () => {
    const ws = await createTestWorkspace('RT');
    const { id, secret } = await createApiToken(ws.viewer, { name: 'watcher', scope: 'READ' });
    const stream = await follow({ Authorization: `Bearer ${secret}` });
    try {
      await createTask(ws.member, { title: 'Seen' });
      await expect.poll(() => stream.events.length).toBe(1);
      await revokeApiToken(ws.viewer, id);
      await createTask(ws.member, { title: 'Not for a revoked token' });
      await expect.poll(() => stream.isEnded()).toBe(true);
      expect(stream.events).toHaveLength(1);
    } finally {
      stream.close();
    }
  });

  it('answers 401 as problem+json without a caller', async () => {
    const response = await streamTaskEvents(new Request('http://specboard.test/api/events'));
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
