// A REST API route is data: its method, path, schemas and handler. The router dispatches on it and the OpenAPI
// document is generated from it, so the document cannot list a route that does not exist or miss one that does.
import type { z } from 'zod';

import type { Principal } from '@/lib/auth/principal';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContext<P, Q> {
  request: Request;
  principal: Principal;
  params: P;
  /** The raw query parameters, already checked against the route's query schema; services parse them again. */
  query: Q;
  /** The parsed JSON body, unvalidated: the service parses it with the same schema the route documents. */
  body: unknown;
  /** Entity tags from If-Match, for the service's precondition check. */
  ifMatch: string[] | undefined;
}

export interface ApiResult {
  status?: number;
  /** JSON to send; or `text` with its `contentType`. */
  body?: unknown;
  text?: string;
  contentType?: string;
  etag?: string;
  location?: string;
  headers?: Record<string, string>;
  /** Sets the Link header with rel="next" for this cursor. */
  nextCursor?: string | null;
}

export interface RouteSpec<P extends z.ZodObject = z.ZodObject, Q extends z.ZodObject = z.ZodObject> {
  method: HttpMethod;
  /** OpenAPI path template under /api/v1, e.g. `/tasks/{key}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: z.ZodType;
  /** JSON (the default) or a Markdown document as text. */
  bodyType?: 'json' | 'markdown';
  /** The success response; `contentType` when it is not JSON. */
  response: {
    status: 200 | 201 | 204;
    description: string;
    schema?: z.ZodType;
    isPaged?: boolean;
    contentType?: string;
  };
  /** `public` routes need no caller (the OpenAPI document itself). */
  isPublic?: boolean;
  /** False for a POST whose response must never be stored (it holds a secret): Idempotency-Key is refused. */
  isIdempotent?: boolean;
  /** PUT replaces: it requires If-Match (`*` to overwrite whatever is there) so nothing is lost by accident. */
  ifMatch?: 'required' | 'optional';
  handle: (context: RouteContext<z.output<P>, z.input<Q>>) => Promise<ApiResult>;
}

export function defineRoute<P extends z.ZodObject, Q extends z.ZodObject>(spec: RouteSpec<P, Q>): RouteSpec {
  return spec as unknown as RouteSpec;
}
