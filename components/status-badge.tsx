import type { TaskStatus } from '@/lib/enums';

import { formatStatus } from './format';

// Literal class names so Tailwind finds them; colours come from the status tokens in app/globals.css.
const styles: Record<TaskStatus, { badge: string; dot: string }> = {
  TODO: { badge: 'bg-status-todo-bg text-status-todo', dot: 'bg-status-todo-dot' },
  IN_PROGRESS: { badge: 'bg-status-progress-bg text-status-progress', dot: 'bg-status-progress-dot' },
  IN_REVIEW: { badge: 'bg-status-review-bg text-status-review', dot: 'bg-status-review-dot' },
  DONE: { badge: 'bg-status-done-bg text-status-done', dot: 'bg-status-done-dot' },
  BLOCKED: { badge: 'bg-status-blocked-bg text-status-blocked', dot: 'bg-status-blocked-dot' },
};

/** A task status as a tinted pill with a coloured dot; the text carries the meaning, the colour only helps. */
export function StatusBadge({ status, className = '' }: { status: TaskStatus; className?: string }) {
  const style = styles[status];
  return (
    <span
      className={`inline-flex h-5 shrink-0 items-center gap-1.5 rounded-full px-2 text-xs font-medium whitespace-nowrap ${style.badge} ${className}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${style.dot}`} />
      {formatStatus(status)}
    </span>
  );
}
