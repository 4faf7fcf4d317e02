import { formatEstimate } from './format';

/** `5 pts`, `12 h` or `5 pts · 12 h`; a muted dash when the task has no estimate. */
export function Estimate({ points, hours }: { points: number | null; hours: number | null }) {
  const text = formatEstimate(points, hours);
  if (text === null) {
    return (
      <span className="text-fg-subtle">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No estimate</span>
      </span>
    );
  }
  return <span className="tabular-nums whitespace-nowrap">{text}</span>;
}
