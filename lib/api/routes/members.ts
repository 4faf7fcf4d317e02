// /members: who belongs to the workspace; admins change roles and remove members.
import { z } from 'zod';

import { Role } from '@/lib/generated/prisma/enums';
import {
  changeMemberRole,
  getMember,
  listMembers,
  memberListQuery,
  removeMember,
  roleChangeInput,
} from '@/lib/workspaces/members';

import { defineRoute } from '../define-route';
import { idParam, pageOf, pageResult } from './common';

const tag = 'Members';
const member = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    isDisabled: z.boolean(),
    role: z.enum(Role),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });
const params = z.object({ userId: idParam('user') });

export const memberRoutes = [
  // GET /members
  defineRoute({
    method: 'GET',
    path: '/members',
    operationId: 'listMembers',
    summary: 'List members',
    tag,
    query: memberListQuery,
    response: { status: 200, description: 'A page of members', schema: pageOf(member, 'MemberPage'), isPaged: true },
    handle: async ({ principal, query }) => pageResult(await listMembers(principal, query)),
  }),
  // GET /members/{userId}
  defineRoute({
    method: 'GET',
    path: '/members/{userId}',
    operationId: 'getMember',
    summary: 'Get a member',
    tag,
    params,
    response: { status: 200, description: 'The member', schema: member },
    handle: async ({ principal, params: { userId } }) => ({ body: await getMember(principal, userId) }),
  }),
  // PATCH /members/{userId} – change the role (admins)
  defineRoute({
    method: 'PATCH',
    path: '/members/{userId}',
    operationId: 'changeMemberRole',
    summary: 'Change a member’s role',
    description: 'Admins only. The workspace always keeps at least one admin.',
    tag,
    params,
    body: roleChangeInput,
    response: { status: 200, description: 'The member with the new role', schema: member },
    handle: async ({ principal, params: { userId }, body }) => {
      await changeMemberRole(principal, userId, body);
      return { body: await getMember(principal, userId) };
    },
  }),
  // DELETE /members/{userId} – remove from the workspace (admins)
  defineRoute({
    method: 'DELETE',
    path: '/members/{userId}',
    operationId: 'removeMember',
    summary: 'Remove a member',
    description: 'Admins only. Their tasks stay; their sessions and tokens lose access to this workspace at once.',
    tag,
    params,
    response: { status: 204, description: 'Removed' },
    handle: async ({ principal, params: { userId } }) => {
      await removeMember(principal, userId);
      return {};
    },
  }),
];
