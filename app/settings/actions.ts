'use server';
// The workspace settings form. The service decides who may change them; this only translates the form.
import { revalidatePath } from 'next/cache';

import { type ActionState, toActionState } from '@/components/forms/action-result';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { updateWorkspaceSettings } from '@/lib/workspaces/workspace-settings';

export async function saveRequiredSectionsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await getPagePrincipal();
  if (!principal) return { ok: false, message: 'You are not in a workspace.' };
  try {
    await updateWorkspaceSettings(principal, {
      requiredForInProgress: formData.getAll('requiredForInProgress').map(String),
      requiredForDone: formData.getAll('requiredForDone').map(String),
    });
  } catch (error) {
    return toActionState(error);
  }
  revalidatePath('/settings');
  return { ok: true, message: 'Saved. The rules apply to the next status change of every task.' };
}
