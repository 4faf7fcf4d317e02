import { revokeTokenAction } from '@/app/account/actions';
import { ConfirmActionForm } from '@/components/forms/confirm-action-form';
import { cellClass, type Column, TableHead } from '@/components/table-head';

import { DateCell } from '../date-cell';
import { TokenState } from './token-state';

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scope: 'READ' | 'READ_WRITE';
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

const td = `h-10 ${cellClass}`;
const columns: Column[] = [
  { label: 'Name' },
  { label: 'Token' },
  { label: 'Scope' },
  { label: 'Created' },
  { label: 'Last used' },
  { label: 'Expires' },
  { label: 'State and actions', isLabelHidden: true, isNumeric: true },
];

/** The user's API tokens, newest first, with a Revoke button on each one still usable. */
export function TokenTable({ tokens, now }: { tokens: TokenRow[]; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[48rem] border-separate border-spacing-0 text-[0.8125rem]">
        <caption className="sr-only">Your API tokens, newest first</caption>
        <TableHead columns={columns} />
        <tbody>
          {tokens.map((token) => {
            const isExpired = token.expiresAt !== null && token.expiresAt <= now;
            const isActive = !token.revokedAt && !isExpired;
            return (
              <tr key={token.id} className={`[&:last-child>td]:border-b-0 ${isActive ? '' : 'text-fg-muted'}`}>
                <td className={`${td} max-w-0 font-medium`}>
                  <span className="block truncate" title={token.name}>
                    {token.name}
                  </span>
                </td>
                <td className={`${td} font-mono text-xs whitespace-nowrap`}>{token.prefix}…</td>
                <td className={`${td} whitespace-nowrap`}>{token.scope === 'READ' ? 'Read only' : 'Read and write'}</td>
                <DateCell className={td} date={token.createdAt} />
                <DateCell className={td} date={token.lastUsedAt} empty="Never" withTime />
                <DateCell className={td} date={token.expiresAt} empty="Never" />
                <td className={`${td} text-right whitespace-nowrap`}>
                  {isActive ? (
                    <ConfirmActionForm
                      action={revokeTokenAction.bind(null, token.id)}
                      confirmText="Confirm revoke"
                      target={`token ${token.name}`}
                    >
                      Revoke
                    </ConfirmActionForm>
                  ) : (
                    <TokenState revokedAt={token.revokedAt} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
