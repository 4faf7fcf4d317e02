// RFC 9457 problem details: the one shape of every REST API error, and the one place that decides which status an
// error gets. Nothing internal (stack, SQL, Prisma codes) reaches the body; unexpected errors are logged with an id
// the body repeats, so a report can be matched to the log.
import { randomUUID } from 'node:crypto';

import { AppError, type FieldIssue, RateLimitedError, ValidationError } from '@/lib/errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
}

/** Problem types, documented at /api/docs; the `type` URI is the docs page's anchor for it. */
export const problemTypes = {
  'malformed-request': { status: 400, title: 'Malformed request' },
  'invalid-parameters': { status: 400, title: 'Invalid query parameters' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'validation-failed': { status: 422, title: 'Validation failed' },
  'precondition-required': { status: 428, title: 'Precondition required' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal server error' },
  'service-unavailable': { status: 503, title: 'Service unavailable' },
} as const;
export type ProblemType = keyof typeof problemTypes;

/** An HTTP-level refusal raised by the API layer itself (body, headers, routing). */
export class ApiError extends Error {
  constructor(
    readonly type: ProblemType,
    detail: string,
    readonly extra: { errors?: FieldIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

export function problem(type: ProblemType, detail: string, errors?: FieldIssue[]): Problem {
  const { status, title } = problemTypes[type];
  return { type: `/api/docs#problem-${type}`, title, status, detail, ...(errors && { errors }) };
}

const appErrorTypes: Record<AppError['code'], ProblemType> = {
  not_found: 'not-found',
  validation: 'validation-failed',
  conflict: 'conflict',
  precondition_failed: 'precondition-failed',
  forbidden: 'forbidden',
  unauthenticated: 'unauthenticated',
  rate_limited: 'rate-limited',
};

/** Errors meaning the database cannot be reached right now: a retry later may succeed. */
function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current instanceof Error && !seen.has(current); current = current.cause) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (current.name === 'DatabaseUnavailableError' || current.name === 'PrismaClientInitializationError') return true;
    if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', 'P1001', 'P1017'].includes(code)) {
      return true;
    }
    if (/Connection terminated|connect ECONNREFUSED|Can't reach database/i.test(current.message)) return true;
  }
  return false;
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

/** Maps any thrown value to a problem response. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return problemResponse(problem(error.type, error.message, error.extra.errors), error.extra.headers);
  }
  if (error instanceof AppError) {
    const errors = error instanceof ValidationError ? error.issues : undefined;
    const headers: Record<string, string> =
      error instanceof RateLimitedError ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
    if (error.code === 'unauthenticated') headers['WWW-Authenticate'] = 'Bearer realm="specboard"';
    return problemResponse(problem(appErrorTypes[error.code], error.message, errors), headers);
  }
  const prismaCode = (error as { code?: unknown } | null)?.code;
  if (prismaCode === 'P2002') {
    return problemResponse(
      problem('conflict', 'A concurrent change got there first; read the resource again and retry.'),
    );
  }
  if (prismaCode === 'P2025') {
    return problemResponse(problem('not-found', 'The resource was removed while this request was running.'));
  }
  if (isDatabaseUnavailable(error)) {
    return problemResponse(problem('service-unavailable', 'The database is unreachable; retry in a few seconds.'), {
      'Retry-After': '5',
    });
  }
  const id = randomUUID();
  console.error(`[api] unexpected error ${id}:`, error);
  return problemResponse(problem('internal-error', `Something went wrong on our side (error id ${id}).`));
}
