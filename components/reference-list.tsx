import type { ReferenceKind } from '@/lib/enums';

import { referenceKindLabels } from './format';
import type { ListItem } from './section-data';

const urlPattern = /^https?:\/\/\S+$/;

/** References: their kind (or own label) in bold, then the link or description. Only http(s) URLs become links. */
export function ReferenceList({ items }: { items: ListItem[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5 marker:text-fg-subtle">
      {items.map((item) => {
        const kind = item.kind as ReferenceKind;
        const label = String(item.label ?? '');
        const value = String(item.value ?? '');
        const heading = kind === 'OTHER' ? label : referenceKindLabels[kind];
        const isUrl = urlPattern.test(value.trim());
        return (
          <li key={item.id} className="pl-1 break-words">
            <strong className="font-semibold">{heading}</strong>
            {kind !== 'OTHER' && label ? <span className="text-fg-muted"> · {label}</span> : null}
            {': '}
            {isUrl ? (
              <a
                href={value.trim()}
                className="text-accent underline-offset-2 hover:underline"
                rel="noreferrer noopener"
              >
                {value.trim()}
              </a>
            ) : (
              <span className="whitespace-pre-wrap">{value}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
