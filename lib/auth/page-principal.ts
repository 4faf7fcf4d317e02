// The principal pages and server actions act as: the signed-in user in their current workspace. A signed-out
// visitor (or one whose session was revoked) is sent to the sign-in page; null means signed in but in no workspace.
import { redirect } from 'next/navigation';

import { getSessionPrincipal, getSessionUser } from './current-user';
import type { Principal } from './principal';
import type { SessionUser } from './sessions';

export async function getPagePrincipal(): Promise<(Principal & { user: SessionUser }) | null> {
  const principal = await getSessionPrincipal();
  if (principal) return principal;
  if (!(await getSessionUser())) redirect('/sign-in');
  return null;
}
