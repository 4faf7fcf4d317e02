import { pluralize } from './format';

/** Says a task waits on unfinished prerequisites or blockers; the words carry the meaning, the colour only helps. */
export function BlockedMarker({ count }: { count: number }) {
  return (
    <span
      title={`Waits on ${pluralize(count, 'unfinished task')}`}
      className="inline-flex h-5 shrink-0 items-center rounded-full bg-status-blocked-bg px-1.5 text-[0.6875rem] font-medium whitespace-nowrap text-status-blocked"
    >
      Waits on {count}
    </span>
  );
}
