// Audit actions as the log shows them: "Changed role" rather than `member.role_changed`.
import type { AuditAction } from '@/lib/audit/audit';

const labels: Record<AuditAction, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed to sign in',
  'auth.sign_in_rate_limited': 'Sign-in rate-limited',
  'auth.sign_out': 'Signed out',
  'auth.password_changed': 'Changed password',
  'auth.signed_up': 'Created an account',
  'token.created': 'Created API token',
  'token.revoked': 'Revoked API token',
  'member.added': 'Added member',
  'member.role_changed': 'Changed role',
  'member.removed': 'Removed member',
  'invite.created': 'Invited',
  'invite.accepted': 'Accepted invitation',
  'workspace.settings_changed': 'Changed workspace settings',
  'task.created': 'Created task',
  'task.updated': 'Updated task',
  'task.section_updated': 'Edited section',
  'task.deleted': 'Deleted task',
  'feature.created': 'Created feature',
  'feature.updated': 'Updated feature',
  'feature.deleted': 'Deleted feature',
  'sprint.created': 'Created sprint',
  'sprint.updated': 'Updated sprint',
  'sprint.deleted': 'Deleted sprint',
};

/** A readable label; an action this list does not know yet is shown as words (`task.moved` -> `Task moved`). */
export function auditActionLabel(action: string): string {
  if (action in labels) return labels[action as AuditAction];
  const words = action.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
