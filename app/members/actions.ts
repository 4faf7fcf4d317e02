'use server';
// Form actions of the members page. The services decide who may do what; these only translate forms.
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';

import { type ActionState, formValues, toActionState } from '@/components/forms/action-result';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { env } from '@/lib/env';
import { createInvite } from '@/lib/workspaces/invites';
import { changeMemberRole, removeMember } from '@/lib/workspaces/members';

export type NewInvite = { email: string; role: string; link: string; expiresAt: string };

const noWorkspace: ActionState<never> = { ok: false, message: 'You are not in a workspace.' };

export async function changeRoleAction(userId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await getPagePrincipal();
  if (!principal) return noWorkspace;
  const values = formValues(formData);
  try {
    await changeMemberRole(principal, userId, { role: values.role });
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath('/members');
  return { ok: true, message: 'Role changed.' };
}

export async function removeMemberAction(userId: string): Promise<ActionState> {
  const principal = await getPagePrincipal();
  if (!principal) return noWorkspace;
  try {
    await removeMember(principal, userId);
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath('/members');
  return { ok: true };
}

/** The address people open the app at, for the invite link; a bare path when the request does not say. */
async function requestOrigin(): Promise<string> {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/$/, '');
  const list = await headers();
  const host = list.get('x-forwarded-host')?.split(',')[0]?.trim() || list.get('host');
  const protocol = list.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  return host ? `${protocol}://${host}` : '';
}

export async function inviteAction(
  _state: ActionState<NewInvite>,
  formData: FormData,
): Promise<ActionState<NewInvite>> {
  const principal = await getPagePrincipal();
  if (!principal) return noWorkspace;
  const values = formValues(formData);
  try {
    const invite = await createInvite(principal, {
      email: values.email ?? '',
      // Any other value is reported by the service's schema as a field error.
      role: values.role as 'ADMIN' | 'MANAGER' | 'MEMBER' | 'VIEWER',
    });
    const link = `${await requestOrigin()}/invite/${invite.secret}`;
    return {
      ok: true,
      message: `Invitation for ${invite.email} created.`,
      data: { email: invite.email, role: invite.role, link, expiresAt: invite.expiresAt.toISOString() },
    };
  } catch (error) {
    return toActionState(error, values);
  }
}
