// Who is asking. Every service function takes a Principal and checks it before reading or writing, so pages,
// server actions and the REST API share one set of rules.
import { ForbiddenError } from '@/lib/errors';
import type { Role, TokenScope } from '@/lib/generated/prisma/enums';

export interface Principal {
  userId: string;
  workspaceId: string;
  role: Role;
  /** Set when the request is authenticated by an API token rather than a browser session. */
  token?: { id: string; scope: TokenScope };
}

const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, MANAGER: 2, ADMIN: 3 };

/** What each role may do; a role can do everything the roles below it can. */
export const permissions = {
  read: 'VIEWER',
  writeTasks: 'MEMBER',
  managePlanning: 'MANAGER',
  administer: 'ADMIN',
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof permissions;

export function can(principal: Principal, permission: Permission): boolean {
  if (permission !== 'read' && principal.token?.scope === 'READ') return false;
  return rank[principal.role] >= rank[permissions[permission]];
}

const reasons: Record<Permission, string> = {
  read: 'You are not a member of this workspace.',
  writeTasks: 'Viewers can read tasks but not change them.',
  managePlanning: 'Only managers and admins can change sprints and features.',
  administer: 'Only workspace admins can do this.',
};

export function authorize(principal: Principal, permission: Permission): void {
  if (permission !== 'read' && principal.token?.scope === 'READ') {
    throw new ForbiddenError('This API token is read-only: its scope is "read".');
  }
  if (!can(principal, permission)) throw new ForbiddenError(reasons[permission]);
}

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}
