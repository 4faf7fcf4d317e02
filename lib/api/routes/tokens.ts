// /tokens: the caller's own API tokens. Creating one needs a browser session: a token cannot mint tokens.
import { z } from 'zod';

import {
  apiTokenCreateInput,
  apiTokenListQuery,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '@/lib/auth/api-tokens';
import { TokenScope } from '@/lib/generated/prisma/enums';

import { defineRoute } from '../define-route';
import { idParam, pageOf, pageResult } from './common';

const tag = 'Tokens';
const token = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The secret’s first characters, to recognise it' }),
    scope: z.enum(TokenScope),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ApiToken' });

export const tokenRoutes = [
  // GET /tokens – the caller's tokens in this workspace
  defineRoute({
    method: 'GET',
    path: '/tokens',
    operationId: 'listTokens',
    summary: 'List your API tokens',
    tag,
    query: apiTokenListQuery,
    response: {
      status: 200,
      description: 'A page of tokens, newest first',
      schema: pageOf(token, 'ApiTokenPage'),
      isPaged: true,
    },
    handle: async ({ principal, query }) => pageResult(await listApiTokens(principal, {}, query)),
  }),
  // POST /tokens – create a token (session only); the secret is in this response and nowhere else
  defineRoute({
    method: 'POST',
    path: '/tokens',
    operationId: 'createToken',
    summary: 'Create an API token',
    description: 'Only from a signed-in browser session. The response holds the secret; it is never shown again.',
    tag,
    body: apiTokenCreateInput,
    // The response holds the secret, which must exist nowhere but in this one answer.
    isIdempotent: false,
    response: {
      status: 201,
      description: 'The token, with its secret',
      schema: token.extend({ secret: z.string() }).meta({ id: 'NewApiToken' }),
    },
    handle: async ({ principal, body }) => {
      const created = await createApiToken(principal, body as never);
      return { body: created, location: `/tokens/${created.id}`, headers: { 'Cache-Control': 'no-store' } };
    },
  }),
  // DELETE /tokens/{id} – revoke
  defineRoute({
    method: 'DELETE',
    path: '/tokens/{id}',
    operationId: 'revokeToken',
    summary: 'Revoke an API token',
    description: 'Your own tokens; admins may revoke any token of the workspace.',
    tag,
    params: z.object({ id: idParam('token') }),
    response: { status: 204, description: 'Revoked' },
    handle: async ({ principal, params: { id } }) => {
      await revokeApiToken(principal, id);
      return {};
    },
  }),
];
