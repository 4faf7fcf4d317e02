// The one wrapper every REST API request goes through: routing (404/405), authentication, rate limits, body and
// query parsing, If-Match / If-None-Match, Idempotency-Key, and mapping every error to problem+json. Handlers
// only call a service and say what to answer.
import type { Principal } from '@/lib/auth/principal';
import { ValidationError } from '@/lib/errors';

import { authenticateRequest } from './authenticate';
import { ifMatchOf, isNotModified } from './conditional';
import type { ApiResult, RouteSpec } from './define-route';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  requestHash,
  type StoredResponse,
} from './idempotency';
import { ApiError, errorResponse } from './problem';
import { applyRateLimit } from './rate-limit-headers';
import { readJsonBody, readMarkdownBody } from './request-body';

export const API_BASE = '/api/v1';

interface CompiledRoute {
  spec: RouteSpec;
  pattern: RegExp;
  paramNames: string[];
}

function compile(spec: RouteSpec): CompiledRoute {
  const paramNames: string[] = [];
  const source = spec.path.replace(/\./g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => {
    paramNames.push(name);
    return '([^/]+)';
  });
  return { spec, pattern: new RegExp(`^${source}$`), paramNames };
}

function readParams(route: CompiledRoute, path: string): Record<string, string> {
  const match = route.pattern.exec(path) ?? [];
  try {
    return Object.fromEntries(
      route.paramNames.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]),
    );
  } catch {
    throw new ApiError('not-found', `No API route at ${API_BASE}${path}.`);
  }
}

function readQuery(route: CompiledRoute, url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (name in query) throw new ApiError('invalid-parameters', `Give the query parameter "${name}" only once.`);
    query[name] = value;
  }
  const schema = route.spec.query;
  if (!schema) {
    if (Object.keys(query).length > 0) {
      throw new ApiError('invalid-parameters', 'This endpoint takes no query parameters.', {
        errors: Object.keys(query).map((path) => ({ path, message: 'Unknown query parameter' })),
      });
    }
    return {};
  }
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const { issues } = ValidationError.fromZod(parsed.error);
    throw new ApiError('invalid-parameters', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), {
      errors: issues,
    });
  }
  return query;
}

function nextLink(url: URL, cursor: string): string {
  const next = new URL(url);
  next.searchParams.set('cursor', cursor);
  return `<${next.pathname}${next.search}>; rel="next"`;
}

function toStoredResponse(route: CompiledRoute, result: ApiResult, request: Request, url: URL): StoredResponse {
  const status = result.status ?? route.spec.response.status;
  const headers: Record<string, string> = {};
  if (status !== 204) headers['Content-Type'] = result.contentType ?? 'application/json; charset=utf-8';
  if (result.etag) headers.ETag = result.etag;
  if (result.location) headers.Location = `${API_BASE}${result.location}`;
  if (result.nextCursor) headers.Link = nextLink(url, result.nextCursor);
  if (request.method === 'GET' || request.method === 'HEAD') headers['Cache-Control'] = 'private, no-cache';
  Object.assign(headers, result.headers);
  const body = status === 204 ? '' : (result.text ?? JSON.stringify(result.body ?? null));
  return { status, headers, body };
}

function send(response: StoredResponse, extraHeaders: Record<string, string>): Response {
  return new Response(response.status === 204 ? null : response.body, {
    status: response.status,
    headers: { ...response.headers, ...extraHeaders },
  });
}

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Everything the handler gets from the request, checked: parameters, query, body and preconditions. */
async function readRequest(route: CompiledRoute, request: Request, url: URL, path: string) {
  const { spec } = route;
  const params = readParams(route, path);
  if (spec.params && !spec.params.safeParse(params).success) {
    throw new ApiError('not-found', `No such resource: ${API_BASE}${path}.`);
  }
  const query = readQuery(route, url);
  const readBody = spec.bodyType === 'markdown' ? readMarkdownBody : readJsonBody;
  const body = methodsWithBody.has(request.method) ? await readBody(request) : undefined;
  if (body !== undefined && !spec.body) throw new ApiError('malformed-request', 'This endpoint takes no request body.');
  if (body === undefined && spec.body && spec.method !== 'DELETE') {
    const what = spec.bodyType === 'markdown' ? 'a Markdown document' : 'a JSON body';
    throw new ApiError('validation-failed', `This request needs ${what}.`, {
      errors: [{ path: '', message: 'Required' }],
    });
  }
  const ifMatch = spec.method === 'GET' ? undefined : ifMatchOf(request);
  if (!spec.ifMatch && ifMatch && !ifMatch.includes('*')) {
    // This resource has no ETags, so no tag can be current: answering 200 would hide a possible lost update.
    throw new ApiError('precondition-failed', 'This resource has no ETags; send the change without If-Match.');
  }
  if (spec.ifMatch === 'required' && !ifMatch) {
    throw new ApiError(
      'precondition-required',
      'Send If-Match with the ETag you read (or "*" to replace whatever is there), so no one else’s change is lost.',
    );
  }
  return { request, params, query, body, ifMatch };
}

/** Runs the handler once per Idempotency-Key: a retry gets the stored response, a failure frees the key. */
async function handleOnce(
  route: CompiledRoute,
  principal: Principal,
  input: Awaited<ReturnType<typeof readRequest>>,
  url: URL,
) {
  const { request, body } = input;
  const key = request.method === 'POST' ? request.headers.get('idempotency-key') : null;
  if (key !== null && route.spec.isIdempotent === false) {
    throw new ApiError(
      'malformed-request',
      'This endpoint does not take an Idempotency-Key: its response is never stored.',
    );
  }
  const claim = key ? await claimIdempotencyKey(principal, key, requestHash(request, body)) : null;
  if (claim?.isReplay) return { response: claim.response, isReplay: true };
  let result: ApiResult;
  try {
    result = await route.spec.handle({ ...input, principal });
  } catch (error) {
    if (claim) await releaseIdempotencyKey(claim.id);
    throw error;
  }
  const response = toStoredResponse(route, result, request, url);
  // The write has happened: if storing its response fails, the key stays claimed (a retry gets 409) rather than
  // being freed for a retry that would do the write twice.
  if (claim) await completeIdempotencyKey(claim.id, response);
  return { response, etag: result.etag, isReplay: false };
}

async function run(route: CompiledRoute, request: Request, url: URL, path: string): Promise<Response> {
  const principal = route.spec.isPublic ? null : await authenticateRequest(request);
  const rateHeaders = principal ? await applyRateLimit(principal) : {};
  try {
    const input = await readRequest(route, request, url, path);
    if (!principal) {
      const result = await route.spec.handle({ ...input, principal: null as never });
      return send(toStoredResponse(route, result, request, url), {});
    }
    const { response, etag, isReplay } = await handleOnce(route, principal, input, url);
    if (isReplay) return send(response, { ...rateHeaders, 'Idempotent-Replayed': 'true' });
    if ((request.method === 'GET' || request.method === 'HEAD') && etag && isNotModified(request, etag)) {
      return new Response(null, { status: 304, headers: { ETag: etag, ...rateHeaders } });
    }
    return send(response, rateHeaders);
  } catch (error) {
    const response = errorResponse(error);
    for (const [name, value] of Object.entries(rateHeaders)) {
      if (!response.headers.has(name)) response.headers.set(name, value);
    }
    return response;
  }
}

/** A request handler for all of `routes`, mounted at API_BASE. */
export function createRouter(routes: RouteSpec[]): (request: Request) => Promise<Response> {
  const compiled = routes.map(compile);
  return async (request) => {
    try {
      const url = new URL(request.url);
      const path = url.pathname.slice(API_BASE.length).replace(/\/$/, '') || '/';
      const matching = compiled.filter((route) => route.pattern.test(path));
      if (matching.length === 0) throw new ApiError('not-found', `No API route at ${API_BASE}${path}.`);
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      // The table lists literal paths first, so the first match is the most specific resource at this path.
      const template = (matching[0] as CompiledRoute).spec.path;
      const atPath = matching.filter((candidate) => candidate.spec.path === template);
      const route = atPath.find((candidate) => candidate.spec.method === method);
      if (!route) {
        const allowed = atPath.map((candidate) => candidate.spec.method).join(', ');
        throw new ApiError('method-not-allowed', `${request.method} is not supported here; use ${allowed}.`, {
          headers: { Allow: allowed },
        });
      }
      return await run(route, request, url, path);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
