import { randomUUID } from 'node:crypto';

import { createUser, createWorkspace } from '@/lib/admin/operator';
import type { Principal } from '@/lib/auth/principal';
import type { Role } from '@/lib/generated/prisma/enums';

export interface TestWorkspace {
  id: string;
  slug: string;
  keyPrefix: string;
  admin: Principal;
  manager: Principal;
  member: Principal;
  viewer: Principal;
}

/** A new workspace with one user in every role, unique to the calling test. */
export async function createTestWorkspace(keyPrefix = 'TEST'): Promise<TestWorkspace> {
  const suffix = randomUUID().slice(0, 8);
  const workspace = await createWorkspace({ name: `Test ${suffix}`, slug: `test-${suffix}`, keyPrefix });
  const principal = async (role: Role): Promise<Principal> => {
    const user = await createUser({
      email: `${role.toLowerCase()}-${suffix}@example.test`,
      name: `${role[0]}${role.slice(1).toLowerCase()} ${suffix}`,
      workspace: workspace.slug,
      role,
    });
    return { userId: user.id, workspaceId: workspace.id, role };
  };
  return {
    id: workspace.id,
    slug: workspace.slug,
    keyPrefix: workspace.keyPrefix,
    admin: await principal('ADMIN'),
    manager: await principal('MANAGER'),
    member: await principal('MEMBER'),
    viewer: await principal('VIEWER'),
  };
}
