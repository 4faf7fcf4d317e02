import { describe, expect, it } from 'vitest';

import { createSprint } from '@/lib/sprints/sprints';
import { createTask } from '@/lib/tasks/create-task';

import { apiClient, tokenFor } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';
import { createTestWorkspace } from '../helpers/workspace-fixture';

useTestDatabase();

describe('GET /tasks.csv', () => {
  it('exports a sprint’s tasks as CSV, formulas neutralised, for readers only', async () => {
    const ws = await createTestWorkspace('CSV');
    const sprint = await createSprint(ws.manager, { number: 4, name: 'Four' });
    const evil = await createTask(ws.member, { title: '=HYPERLINK("http://evil.test","click")', sprintId: sprint.id });
    const plain = await createTask(ws.member, { title: 'Plain, with a comma', sprintId: sprint.id, estimatePoints: 3 });
    await createTask(ws.member, { title: 'Elsewhere' });

    const api = apiClient(await tokenFor(ws.viewer, 'READ'));
    const reply = await api.get(`/tasks.csv?sprint=${sprint.id}&sort=number`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toBe('attachment; filename="tasks.csv"');
    const lines = (reply.body as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Key,Title,Status,Assignee,Feature,Sprint,Points,Hours,Filled %,Waits on,Created,Updated');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(`^${evil.key},"'=HYPERLINK\\(""http://evil.test"",""click""\\)",Todo,,,Sprint 4: Four,`),
    );
    expect(lines[2]).toMatch(new RegExp(`^${plain.key},"Plain, with a comma",Todo,,,Sprint 4: Four,3,,`));

    expect((await api.get('/tasks.csv?sort=password')).status).toBe(400);
    expect((await apiClient(null).get('/tasks.csv')).status).toBe(401);
  });
});
