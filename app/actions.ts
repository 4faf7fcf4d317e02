'use server';
// Actions of the site header, which every page shares.
import { redirect } from 'next/navigation';

import { getSessionUser, listUserWorkspaces } from '@/lib/auth/current-user';

import { setWorkspaceCookie } from './workspace-cookie';

/** Makes `workspaceId` the current workspace, if the user belongs to it, and opens its task list. */
export async function switchWorkspace(workspaceId: string): Promise<void> {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  // The id comes from the browser: only one of the user's own workspaces is stored.
  const workspaces = await listUserWorkspaces(user.userId);
  if (workspaces.some((workspace) => workspace.id === workspaceId)) await setWorkspaceCookie(workspaceId);
  redirect('/');
}
