// One error hierarchy for the whole service layer. The REST API maps these to problem+json and the forms to
// field errors, each in one place; nothing else decides what an error means to a caller.
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path to the field, e.g. `sections.acceptanceCriteria.items.0.text`. */
  path: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly code:
    'not_found' | 'validation' | 'conflict' | 'precondition_failed' | 'forbidden' | 'unauthenticated' | 'rate_limited';
}

/** Also used for objects of another workspace, so ids leak nothing. */
export class NotFoundError extends AppError {
  readonly code = 'not_found';
  constructor(what: string) {
    super(`${what} not found`);
  }
}

export class ValidationError extends AppError {
  readonly code = 'validation';
  constructor(
    readonly issues: FieldIssue[],
    summary?: string,
  ) {
    super(
      summary ?? issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; '),
    );
  }

  static fromZod(error: z.ZodError, prefix: string[] = []): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({ path: [...prefix, ...issue.path.map(String)].join('.'), message: issue.message })),
    );
  }
}

/** The thing changed since the caller read it, or a rule about the current state refuses the change. */
export class ConflictError extends AppError {
  readonly code = 'conflict';
}

/** The caller's If-Match names a representation that is no longer current; nothing was changed. */
export class PreconditionFailedError extends AppError {
  readonly code = 'precondition_failed';
  constructor(what: string) {
    super(`${what} changed since you read it (your ETag is stale). Read it again and reapply your change.`);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'forbidden';
}

export class UnauthenticatedError extends AppError {
  readonly code = 'unauthenticated';
}

export class RateLimitedError extends AppError {
  readonly code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} s.`);
  }
}

/** Parses `input` with `schema` or throws a ValidationError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix: string[] = []): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error, prefix);
  return result.data;
}
