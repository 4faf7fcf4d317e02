// The principal pages act as. Until sign-in exists (accounts issue #3) pages are read-only and act as a viewer
// of the oldest workspace; no page can write, because a viewer may not.
import { prisma } from '@/lib/db';

import type { Principal } from './principal';

export async function getPagePrincipal(): Promise<Principal | null> {
  const db = await prisma();
  const membership = await db.membership.findFirst({
    orderBy: [{ workspace: { createdAt: 'asc' } }, { createdAt: 'asc' }],
    select: { userId: true, workspaceId: true },
  });
  return membership ? { ...membership, role: 'VIEWER' } : null;
}
