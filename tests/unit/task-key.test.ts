import { describe, expect, it } from 'vitest';

import { formatTaskKey, parseTaskKey } from '@/lib/tasks/task-key';

describe('task keys', () => {
  it.each([
    ['TASK-41', { prefix: 'TASK', number: 41 }],
    ['task-7', { prefix: 'TASK', number: 7 }],
    [' OPS2-1 ', { prefix: 'OPS2', number: 1 }],
  ])('parses %j', (key, expected) => {
    expect(parseTaskKey(key)).toEqual(expected);
  });

  it.each(['TASK', 'TASK-', '-41', '41', 'TASK-4a', '1TASK-4', 'TASK-41-2', 'TOOLONGPREFIX-1', 'TASK-1234567890'])(
    'rejects %j',
    (key) => {
      expect(parseTaskKey(key)).toBeUndefined();
    },
  );

  it('formats prefix and number', () => {
    expect(formatTaskKey('TASK', 41)).toBe('TASK-41');
  });
});
