import { formatDateTime } from './format';

interface HistoryEvent {
  id: string;
  createdAt: Date;
  action: string;
  summary: string;
  actor: { name: string } | null;
}

/** The task's own history from the audit log, newest first. */
export function TaskHistory({ events }: { events: HistoryEvent[] }) {
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="border-b border-line pb-2 text-base font-semibold tracking-tight">
        History
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-fg-muted">No recorded changes yet.</p>
      ) : (
        <ol className="space-y-1.5 text-sm">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap gap-x-2">
              <time dateTime={event.createdAt.toISOString()} className="text-fg-muted tabular-nums">
                {formatDateTime(event.createdAt.toISOString())}
              </time>
              <span className="font-medium">{event.actor?.name ?? 'Someone'}</span>
              <span className="text-fg-muted">{event.summary}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
