import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';

/** The principal's workspace with its members, for headers, pickers and the members page. */
export async function getWorkspace(principal: Principal) {
  authorize(principal, 'read');
  return (await prisma()).workspace.findUniqueOrThrow({
    where: { id: principal.workspaceId },
    select: {
      id: true,
      name: true,
      slug: true,
      keyPrefix: true,
      memberships: {
        orderBy: { user: { name: 'asc' } },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
}
