// Reading a JSON request body safely: only JSON media types, at most API_BODY_LIMIT_BYTES (counted while
// streaming, not trusted from Content-Length), valid UTF-8 JSON, and no deeper than MAX_JSON_DEPTH.
import { env } from '@/lib/env';

import { ApiError } from './problem';

export const MAX_JSON_DEPTH = 32;

function isJsonMediaType(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  const tooLarge = () =>
    new ApiError('payload-too-large', `The request body is larger than the limit of ${limit} bytes.`);
  if (declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lenient decoding marks the first bad sequence with U+FFFD: its line is where to look.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new ApiError('malformed-request', `The request body is not valid UTF-8 (line ${line}).`);
  }
}

/** Nesting depth of arrays and objects in JSON text, counted before parsing so a hostile body costs O(n). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

const markdownTypes = new Set(['text/markdown', 'text/x-markdown', 'text/plain']);

/** A Markdown document as text, or undefined when the request has none. */
export async function readMarkdownBody(request: Request): Promise<string | undefined> {
  const text = await readText(request, env.API_BODY_LIMIT_BYTES);
  if (text === '') return undefined;
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!markdownTypes.has(type)) {
    throw new ApiError(
      'unsupported-media-type',
      `Send the document as "Content-Type: text/markdown" (got ${JSON.stringify(type || 'none')}).`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new ApiError(
      'malformed-request',
      `The body is binary data, not a Markdown document (a NUL byte on line ${line}).`,
    );
  }
  return text;
}

/** The parsed JSON body, or undefined when the request has none. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await readText(request, env.API_BODY_LIMIT_BYTES);
  if (text.trim() === '') return undefined;
  if (!isJsonMediaType(request.headers.get('content-type'))) {
    throw new ApiError(
      'unsupported-media-type',
      `Send the body as JSON with "Content-Type: application/json" (got ${JSON.stringify(request.headers.get('content-type') ?? 'none')}).`,
      { headers: { 'Accept-Post': 'application/json' } },
    );
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new ApiError('malformed-request', `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError('malformed-request', `The body is not valid JSON: ${(error as Error).message}`);
  }
}
