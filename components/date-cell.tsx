import { formatDate, formatDateTime } from './format';

/** A table cell with a date (UTC, full timestamp on hover), or a muted word when there is none. */
export function DateCell({
  date,
  className,
  empty = '—',
  withTime = false,
}: {
  date: Date | null;
  className: string;
  empty?: string;
  withTime?: boolean;
}) {
  if (!date) return <td className={`${className} text-fg-subtle`}>{empty}</td>;
  const iso = date.toISOString();
  return (
    <td className={`${className} whitespace-nowrap tabular-nums`}>
      <time dateTime={iso} title={iso}>
        {withTime ? formatDateTime(iso) : formatDate(iso)}
      </time>
    </td>
  );
}
