import { CopyField } from '@/components/forms/copy-field';
import { secondaryButtonClass } from '@/components/forms/styles';

/** The one time a new token's secret is shown: copy it now, it cannot be shown again. */
export function NewSecretPanel({
  token,
  onDismiss,
}: {
  token: { name: string; secret: string };
  onDismiss: () => void;
}) {
  return (
    <div role="status" className="space-y-3 rounded-lg border border-warn/40 bg-warn-bg p-4">
      <div className="space-y-1">
        <p className="text-sm font-semibold text-warn">Copy your new token now</p>
        <p className="text-[0.8125rem] text-fg">
          This is the only time <span className="font-medium">{token.name}</span> is shown. Specboard keeps only a hash
          of it; if you lose it, revoke it and create another. Send it as{' '}
          <code className="font-mono text-xs">Authorization: Bearer &lt;token&gt;</code>.
        </p>
      </div>
      <CopyField label="New API token" value={token.secret} />
      <button type="button" onClick={onDismiss} className={secondaryButtonClass}>
        I have copied it
      </button>
    </div>
  );
}
