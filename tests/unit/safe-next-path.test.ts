import { describe, expect, it } from 'vitest';

import { safeNextPath } from '@/lib/auth/safe-next-path';

describe('redirect targets after sign-in', () => {
  it.each(['/', '/tasks/TASK-4', '/audit?before=01a2', '/members#invite'])('keeps the same-site path %j', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    '//evil.com',
    '///evil.com',
    'https://evil.com',
    'javascript:alert(1)',
    '/\\evil.com',
    '\\\\evil.com',
    '/%5Cevil.com'.replace('%5C', '\\'),
    ' /tasks',
    '/tasks\n/x',
    'tasks',
    '',
    undefined,
    `/${'a'.repeat(3000)}`,
  ])('refuses %j and falls back to /', (value) => {
    expect(safeNextPath(value)).toBe('/');
  });
});
