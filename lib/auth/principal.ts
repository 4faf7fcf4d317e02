// Who is asking. Every service function takes a Principal and checks it before reading or writing, so pages,
// server actions and the REST API share one set of rules.
import { ForbiddenError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';

export interface Principal {
  userId: string;
  workspaceId: string;
  role: Role;
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
  return rank[principal.role] >= rank[permissions[permission]];
}

const reasons: Record<Permission, string> = {
  read: 'You are not a member of this workspace.',
  writeTasks: 'Viewers can read tasks but not change them.',
  managePlanning: 'Only managers and admins can change sprints and features.',
  administer: 'Only workspace admins can do this.',
};

export function authorize(principal: Principal, permission: Permission): void {
  if (!can(principal, permission)) throw new ForbiddenError(reasons[permission]);
}
