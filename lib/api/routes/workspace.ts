// /workspaces/current: the workspace the caller acts in (a token is bound to one; a session uses the chosen one).
import { z } from 'zod';

import { getWorkspace } from '@/lib/workspaces/workspaces';

import { defineRoute } from '../define-route';

export const workspaceRoutes = [
  // GET /workspaces/current
  defineRoute({
    method: 'GET',
    path: '/workspaces/current',
    operationId: 'getCurrentWorkspace',
    summary: 'Get the current workspace',
    tag: 'Workspace',
    response: {
      status: 200,
      description: 'The workspace and the caller’s role in it',
      schema: z
        .object({
          id: z.uuid(),
          name: z.string(),
          slug: z.string(),
          keyPrefix: z.string(),
          role: z.string(),
        })
        .meta({ id: 'Workspace' }),
    },
    handle: async ({ principal }) => {
      const { memberships: _members, ...workspace } = await getWorkspace(principal);
      return { body: { ...workspace, role: principal.role } };
    },
  }),
];
