'use server';
// Accepting an invitation. The link's secret is the only credential: no session is needed.
import { redirect } from 'next/navigation';

import { setWorkspaceCookie } from '@/app/workspace-cookie';
import { type ActionState, formValues, toActionState } from '@/components/forms/action-result';
import { getSessionUser } from '@/lib/auth/current-user';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { acceptInvite } from '@/lib/workspaces/invites';

/** `needsAccount`: no account exists for the invited email, so the form asks for a name and password. */
export type InviteOutcome = { needsAccount?: boolean; isInvalid?: boolean };

export async function acceptInviteAction(
  secret: string,
  _state: ActionState<InviteOutcome>,
  formData: FormData,
): Promise<ActionState<InviteOutcome>> {
  const { name, password, confirmPassword } = formValues(formData);
  const hasAccountFields = name !== undefined;
  if (hasAccountFields && password !== confirmPassword) {
    return {
      message: 'Check the highlighted fields.',
      fieldErrors: { confirmPassword: 'Does not match' },
      values: { name },
      data: { needsAccount: true },
    };
  }
  const signedIn = await getSessionUser();
  let result;
  try {
    result = await acceptInvite(
      secret,
      hasAccountFields ? { name, password: password ?? '' } : undefined,
      signedIn?.userId,
    );
  } catch (error) {
    // Without account fields, a validation error means the service needs them: no account has this email.
    if (error instanceof ValidationError && !hasAccountFields) return { data: { needsAccount: true } };
    if (error instanceof NotFoundError || error instanceof ConflictError) return { data: { isInvalid: true } };
    return {
      ...toActionState(error, hasAccountFields ? { name } : undefined),
      data: { needsAccount: hasAccountFields },
    };
  }
  if (signedIn?.userId === result.userId) {
    await setWorkspaceCookie(result.workspaceId);
    redirect('/');
  }
  if (signedIn) {
    return {
      ok: true,
      message:
        'Invitation accepted for another account than the one you are signed in with. Sign out, then sign in with the invited email.',
    };
  }
  redirect('/sign-in?notice=invite-accepted');
}
