// Stores the current workspace for the session's user. Not a server action: callers check membership first.
import { cookies, headers } from 'next/headers';

import { WORKSPACE_COOKIE } from '@/lib/auth/current-user';

export async function setWorkspaceCookie(workspaceId: string): Promise<void> {
  const protocol = (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim();
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: protocol === 'https',
    path: '/',
    maxAge: 365 * 86_400,
  });
}
