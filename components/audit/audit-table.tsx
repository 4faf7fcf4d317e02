import Link from 'next/link';

import { cellClass, type Column, TableHead } from '@/components/table-head';

import { DateCell } from '../date-cell';
import { fieldLabel } from '../format';
import { auditActionLabel } from './audit-labels';

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  summary: string;
  section: string;
  targetType: string;
  targetId: string | null;
  ip: string;
  actor: { name: string; email: string } | null;
};

const td = `h-9 ${cellClass}`;
const columns: Column[] = [
  { label: 'Time' },
  { label: 'Actor' },
  { label: 'Action' },
  { label: 'Details' },
  { label: 'IP address' },
];

/** Audit events, newest first: when, who, what, on which section, from where. */
export function AuditTable({ events }: { events: AuditRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[56rem] border-separate border-spacing-0 text-[0.8125rem]">
        <caption className="sr-only">Audit events, newest first</caption>
        <colgroup>
          <col className="w-48" />
          <col className="w-48" />
          <col className="w-44" />
          <col />
          <col className="w-36" />
        </colgroup>
        <TableHead columns={columns} />
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="hover:bg-hover [&:last-child>td]:border-b-0">
              <DateCell className={`${td} text-fg-muted`} date={event.createdAt} withTime />
              <td className={`${td} max-w-0`}>
                {event.actor ? (
                  <span className="block truncate" title={event.actor.email}>
                    {event.actor.name}
                  </span>
                ) : (
                  <span className="text-fg-subtle">System</span>
                )}
              </td>
              <td className={`${td} font-medium whitespace-nowrap`}>{auditActionLabel(event.action)}</td>
              <td className={`${td} max-w-0`}>
                <Details event={event} />
              </td>
              <td className={`${td} font-mono text-xs text-fg-muted`}>{event.ip || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Details({ event }: { event: AuditRow }) {
  const isTaskLink = event.targetType === 'task' && event.targetId && event.action !== 'task.deleted';
  const text = [event.summary, event.section ? `Section: ${fieldLabel(event.section)}` : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <span className="flex min-w-0 items-center gap-2">
      <span className="truncate" title={text}>
        {text || <span className="text-fg-subtle">—</span>}
      </span>
      {isTaskLink ? (
        <Link href={`/tasks/${event.targetId}`} className="shrink-0 text-xs font-medium text-accent hover:underline">
          Open task
        </Link>
      ) : null}
    </span>
  );
}
