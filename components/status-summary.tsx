import type { TaskStatus } from '@/lib/enums';

import { formatStatus } from './format';

const order: TaskStatus[] = ['TODO', 'IN_PROGRESS', 'IN_REVIEW', 'BLOCKED', 'DONE'];
const dots: Record<TaskStatus, string> = {
  TODO: 'bg-status-todo-dot',
  IN_PROGRESS: 'bg-status-progress-dot',
  IN_REVIEW: 'bg-status-review-dot',
  DONE: 'bg-status-done-dot',
  BLOCKED: 'bg-status-blocked-dot',
};

/** How many tasks are in each status, e.g. `● 12 Todo  ● 5 In Progress`. */
export function StatusSummary({ counts }: { counts: Partial<Record<TaskStatus, number>> }) {
  return (
    <ul aria-label="Tasks by status" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-fg-muted">
      {order
        .filter((status) => counts[status])
        .map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-1.5 rounded-full ${dots[status]}`} />
            <span className="font-medium text-fg tabular-nums">{counts[status]}</span>
            {formatStatus(status)}
          </li>
        ))}
    </ul>
  );
}
