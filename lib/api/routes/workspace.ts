// /workspaces/current: the workspace the caller acts in (a token is bound to one; a session uses the chosen one).
import { z } from 'zod';

import {
  getWorkspaceSettings,
  updateWorkspaceSettings,
  workspaceSettingsInput,
  workspaceSettingsSchema,
} from '@/lib/workspaces/workspace-settings';
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
  // GET /workspaces/current/settings
  defineRoute({
    method: 'GET',
    path: '/workspaces/current/settings',
    operationId: 'getWorkspaceSettings',
    summary: 'Get the workspace’s rules for tasks',
    tag: 'Workspace',
    response: {
      status: 200,
      description: 'The sections required before In Progress and before Done',
      schema: workspaceSettingsSchema,
    },
    handle: async ({ principal }) => ({ body: await getWorkspaceSettings(principal) }),
  }),
  // PATCH /workspaces/current/settings
  defineRoute({
    method: 'PATCH',
    path: '/workspaces/current/settings',
    operationId: 'updateWorkspaceSettings',
    summary: 'Change the workspace’s rules for tasks (admins)',
    description:
      'Sections listed in `requiredForInProgress` must be filled before a task moves to In Progress, In Review or Done; those in `requiredForDone` too before Done. A conditional section (the rollback plan) is required only when it applies.',
    tag: 'Workspace',
    body: workspaceSettingsInput,
    response: { status: 200, description: 'The settings after the change', schema: workspaceSettingsSchema },
    handle: async ({ principal, body }) => ({ body: await updateWorkspaceSettings(principal, body) }),
  }),
];
