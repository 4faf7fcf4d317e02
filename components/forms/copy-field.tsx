'use client';

import { useId, useState } from 'react';

import { inputClass, labelClass, secondaryButtonClass } from './styles';

/** A read-only value (a new secret, a link) with a Copy button; the text is selected when the field gets focus. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      // Clipboard access needs a secure context (https or localhost); the field stays selectable by hand.
      setCopied('failed');
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} font-mono text-xs`}
          spellCheck={false}
        />
        <button type="button" onClick={copy} className={secondaryButtonClass}>
          Copy
        </button>
      </div>
      <p role="status" className="text-xs text-fg-muted">
        {copied === 'copied' ? 'Copied to the clipboard.' : null}
        {copied === 'failed' ? 'Could not copy: select the text and copy it yourself.' : null}
      </p>
    </div>
  );
}
