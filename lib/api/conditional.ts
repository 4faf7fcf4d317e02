// Conditional requests (RFC 9110 §13): If-Match guards writes against lost updates, If-None-Match lets a reader
// skip an unchanged body.
import { ApiError } from './problem';

/** The entity tags of an If-Match / If-None-Match header, `*` included; undefined when the header is absent. */
export function parseEtagList(header: string | null): string[] | undefined {
  if (header === null) return undefined;
  if (header.trim() === '*') return ['*'];
  const tags = header.match(/(W\/)?"[^"]*"/g);
  if (!tags) throw new ApiError('malformed-request', `Not a list of entity tags: ${JSON.stringify(header)}.`);
  return tags;
}

/** If-Match uses the strong comparison: a weak tag never matches. */
export function ifMatchOf(request: Request): string[] | undefined {
  return parseEtagList(request.headers.get('if-match'))?.filter((tag) => !tag.startsWith('W/'));
}

/** If-None-Match uses the weak comparison. */
export function isNotModified(request: Request, etag: string): boolean {
  const tags = parseEtagList(request.headers.get('if-none-match'));
  return !!tags && (tags.includes('*') || tags.some((tag) => tag.replace(/^W\//, '') === etag));
}
