/** Done tasks out of all, as a bar with the numbers beside it (the numbers are what a screen reader hears). */
export function ProgressBar({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="flex items-center gap-2">
      <div aria-hidden="true" className="h-1.5 w-24 overflow-hidden rounded-full bg-line">
        <div className="h-full rounded-full bg-status-done-dot" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-xs text-fg-muted tabular-nums">
        {done}/{total} done
      </span>
    </div>
  );
}
