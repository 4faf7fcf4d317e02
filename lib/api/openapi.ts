// The OpenAPI 3.1 document, generated from the route table and the zod schemas the services parse with: nothing
// about the API is written twice. Error responses share one Problem schema.
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';

import type { RouteSpec } from './define-route';
import { problemTypes } from './problem';
import { API_BASE } from './router';

const problemSchema = z
  .object({
    type: z.string().meta({ description: 'URI of the problem type, documented at /api/docs' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: 'What went wrong, for a human' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Each invalid field, by dotted path (validation errors only)' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed per minute', schema: { type: 'integer' as const } },
  'RateLimit-Remaining': { description: 'Requests left in this window', schema: { type: 'integer' as const } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer' as const } },
};

function errorResponses(route: RouteSpec) {
  const statuses: Array<keyof typeof problemTypes> = [];
  if (!route.isPublic) statuses.push('unauthenticated', 'forbidden', 'rate-limited');
  if (route.params) statuses.push('not-found');
  if (route.query) statuses.push('invalid-parameters');
  if (route.body)
    statuses.push('malformed-request', 'payload-too-large', 'unsupported-media-type', 'validation-failed');
  if (route.method !== 'GET' && !route.isPublic) statuses.push('conflict');
  if (route.ifMatch) statuses.push('precondition-failed');
  if (route.ifMatch === 'required') statuses.push('precondition-required');
  return Object.fromEntries(
    statuses.map((type) => [String(problemTypes[type].status), problemResponse(problemTypes[type].title)]),
  );
}

function requestHeaders(route: RouteSpec) {
  const shape: Record<string, z.ZodType> = {};
  if (route.ifMatch) {
    const required = route.ifMatch === 'required';
    const header = z.string().meta({
      description: `ETag of the task or section you read${required ? '; `*` replaces whatever is there' : ''}`,
    });
    shape['If-Match'] = required ? header : header.optional();
  }
  if (route.method === 'POST' && route.isIdempotent !== false) {
    shape['Idempotency-Key'] = z
      .string()
      .max(255)
      .optional()
      .meta({ description: 'Retrying with the same key and body replays the first response; kept 24 h' });
  }
  if (route.method === 'GET' && route.response.status === 200) {
    shape['If-None-Match'] = z.string().optional().meta({ description: 'An ETag you hold; 304 if unchanged' });
  }
  return Object.keys(shape).length > 0 ? z.object(shape) : undefined;
}

function operation(route: RouteSpec): ZodOpenApiOperationObject {
  const { response } = route;
  const headers = {
    ...(route.isPublic ? {} : rateLimitHeaders),
    ...(response.isPaged && {
      Link: { description: 'rel="next" URL of the next page', schema: { type: 'string' as const } },
    }),
  };
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description && { description: route.description }),
    tags: [route.tag],
    ...(route.isPublic && { security: [] }),
    requestParams: {
      ...(route.params && { path: route.params }),
      ...(route.query && { query: route.query }),
      ...(requestHeaders(route) && { header: requestHeaders(route) }),
    },
    ...(route.body && {
      requestBody: {
        required: true,
        content: { [route.bodyType === 'markdown' ? 'text/markdown' : 'application/json']: { schema: route.body } },
      },
    }),
    responses: {
      [String(response.status)]: {
        description: response.description,
        ...(Object.keys(headers).length > 0 && { headers }),
        ...(response.schema && {
          content: { [response.contentType ?? 'application/json']: { schema: response.schema } },
        }),
      },
      ...(route.method === 'GET' && response.status === 200 && { '304': { description: 'Not modified' } }),
      ...errorResponses(route),
      default: problemResponse('Any other error'),
    },
  };
}

export function createOpenApiDocument(routes: RouteSpec[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Specboard REST API',
      version: '1.0.0',
      description:
        'Tasks as structured documents: every section of the implementation-task template, with ETags per ' +
        'section, idempotent POSTs, cursor pagination and RFC 9457 errors. Authenticate with ' +
        '`Authorization: Bearer <API token>` (create one on your account page).',
    },
    servers: [{ url: API_BASE }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API token (sbp_…)' } } },
    paths,
  });
}
