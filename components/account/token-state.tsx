import { formatDate } from '../format';

/** Why a token no longer works: revoked (and when) or expired. */
export function TokenState({ revokedAt }: { revokedAt: Date | null }) {
  return (
    <span className="inline-flex h-5 items-center rounded-full bg-hover px-2 text-xs font-medium text-fg-muted">
      {revokedAt ? `Revoked ${formatDate(revokedAt.toISOString())}` : 'Expired'}
    </span>
  );
}
