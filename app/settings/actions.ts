'use server';
// The workspace settings form. The service decides who may change them; this only translates the form.
import { revalidatePath } from 'next/cache';

import { type ActionState, formValues, toActionState } from '@/components/forms/action-result';
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

export async function saveWipLimitsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await getPagePrincipal();
  if (!principal) return { ok: false, message: 'You are not in a workspace.' };
  const values = formValues(formData);
  const wipLimits = Object.fromEntries(
    Object.entries(values)
      .filter(([name, value]) => name.startsWith('limit-') && value.trim() !== '')
      .map(([name, value]) => [name.slice('limit-'.length), Number(value)]),
  );
  try {
    await updateWorkspaceSettings(principal, { wipLimits, wipMode: values.wipMode });
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath('/settings');
  return { ok: true, message: 'Saved. Boards show the limits at once.' };
}
