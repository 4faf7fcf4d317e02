// The signed-in user and the principal pages and server actions act as, resolved on every request from the
// session cookie, the Session row and the chosen workspace's membership.
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { cache } from 'react';

import { prisma } from '@/lib/db';

import { getAuthSecret } from './auth-secret';
import type { Principal } from './principal';
import { SESSION_COOKIES } from './session-cookies';
import { type SessionUser, validateSession } from './sessions';

/** Holds the id of the workspace the user last switched to. */
export const WORKSPACE_COOKIE = 'specboard-workspace';

/** Once per request (React cache): the layout and the page both ask. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  return sessionUserFromCookie(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean));
});

/** The user of a session cookie's value: the signed token names a Session row, which must still be valid. */
export async function sessionUserFromCookie(raw: string | undefined): Promise<SessionUser | null> {
  if (!raw) return null;
  const payload = await decode({ token: raw, secret: await getAuthSecret() }).catch(() => null);
  return typeof payload?.sid === 'string' ? validateSession(payload.sid) : null;
}

/** The user's memberships, for the workspace switcher. */
export async function listUserWorkspaces(userId: string) {
  const memberships = await (
    await prisma()
  ).membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: 'asc' } },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  return memberships.map(({ role, workspace }) => ({ ...workspace, role }));
}

/**
 * A user's principal in the workspace they chose, or their first one when the choice is not (or no longer) theirs.
 * Read from the memberships on every request, so a removed member or a changed role counts at once.
 */
export async function principalForUser(
  userId: string,
  chosenWorkspaceId: string | undefined,
): Promise<Principal | null> {
  const workspaces = await listUserWorkspaces(userId);
  const workspace = workspaces.find((candidate) => candidate.id === chosenWorkspaceId) ?? workspaces[0];
  return workspace ? { userId, workspaceId: workspace.id, role: workspace.role } : null;
}

/** The principal of the signed-in user in their current workspace, or null when signed out or in no workspace. */
export const getSessionPrincipal = cache(async (): Promise<(Principal & { user: SessionUser }) | null> => {
  const user = await getSessionUser();
  if (!user) return null;
  const principal = await principalForUser(user.userId, (await cookies()).get(WORKSPACE_COOKIE)?.value);
  return principal ? { ...principal, user } : null;
});
