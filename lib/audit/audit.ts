// The audit log: sign-ins, tokens, memberships and every task change, with who did it and which section.
import type { Principal } from '@/lib/auth/principal';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_in_rate_limited'
  | 'auth.sign_out'
  | 'auth.password_changed'
  | 'auth.signed_up'
  | 'token.created'
  | 'token.revoked'
  | 'member.added'
  | 'member.role_changed'
  | 'member.removed'
  | 'invite.created'
  | 'invite.accepted'
  | 'workspace.settings_changed'
  | 'task.created'
  | 'task.updated'
  | 'task.section_updated'
  | 'task.deleted'
  | 'feature.created'
  | 'feature.updated'
  | 'feature.deleted'
  | 'sprint.created'
  | 'sprint.updated'
  | 'sprint.deleted';

export interface AuditEntry {
  action: AuditAction;
  workspaceId?: string | null;
  actorId?: string | null;
  tokenId?: string | null;
  targetType?: string;
  targetId?: string | null;
  section?: string;
  summary?: string;
  ip?: string;
}

/** Records an event in the caller's transaction, so it exists exactly when the change it describes does. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}

/** The actor fields of an event done by `principal`. */
export function actorOf(principal: Principal) {
  return { workspaceId: principal.workspaceId, actorId: principal.userId, tokenId: principal.token?.id ?? null };
}
