// What a server action returns to its form: field errors from a ValidationError, a form-level message for any
// other AppError, and the values the user typed so the form can show them again. The one place errors become UI.
import { unstable_rethrow } from 'next/navigation';

import { AppError, ValidationError } from '@/lib/errors';

export type ActionState<Data = undefined> = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** What a successful action hands back to show once (a new token's secret, an invite link). */
  data?: Data;
};

export const initialActionState: ActionState = {};

/** The form's text fields as a plain object; Next's own `$ACTION_*` fields and files are left out. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * The form state for an error thrown by a service. `values` should leave out passwords: they are sent back to the
 * browser. Next's redirect and not-found signals are rethrown; unexpected errors are logged and reported generally.
 */
export function toActionState(error: unknown, values?: Record<string, string>): ActionState<never> {
  unstable_rethrow(error);
  if (error instanceof ValidationError) {
    const fieldErrors: Record<string, string> = {};
    const general: string[] = [];
    for (const issue of error.issues) {
      const field = issue.path.split('.')[0];
      if (!field) general.push(issue.message);
      else fieldErrors[field] ??= issue.message;
    }
    const message = general.length > 0 ? general.join(' ') : 'Check the highlighted fields.';
    return { ok: false, message, fieldErrors, values };
  }
  if (error instanceof AppError) return { ok: false, message: error.message, values };
  console.error('specboard: a form action failed', error);
  return { ok: false, message: 'Something went wrong. Try again; if it keeps failing, check the server log.', values };
}
