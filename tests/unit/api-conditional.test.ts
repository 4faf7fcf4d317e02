import { describe, expect, it } from 'vitest';

import { ifMatchOf, isNotModified, parseEtagList } from '@/lib/api/conditional';
import { ApiError } from '@/lib/api/problem';

const request = (headers: Record<string, string>) => new Request('http://x/', { headers });

describe('conditional request headers', () => {
  it('parses lists of entity tags, weak ones and *', () => {
    expect(parseEtagList(null)).toBeUndefined();
    expect(parseEtagList(' * ')).toEqual(['*']);
    expect(parseEtagList('"a", W/"b" ,"c,d"')).toEqual(['"a"', 'W/"b"', '"c,d"']);
    expect(() => parseEtagList('abc')).toThrow(ApiError);
  });

  it('compares If-Match strongly and If-None-Match weakly', () => {
    expect(ifMatchOf(request({ 'If-Match': 'W/"a", "b"' }))).toEqual(['"b"']);
    expect(isNotModified(request({ 'If-None-Match': 'W/"a"' }), '"a"')).toBe(true);
    expect(isNotModified(request({ 'If-None-Match': '"b"' }), '"a"')).toBe(false);
    expect(isNotModified(request({}), '"a"')).toBe(false);
  });
});
