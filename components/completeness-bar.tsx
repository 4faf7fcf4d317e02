/** A task's completeness as a number with a thin bar; the number is what assistive technology reads. */
export function CompletenessBar({ percent, label }: { percent: number; label?: string }) {
  return (
    <span className="inline-flex items-center justify-end gap-2" title={label}>
      <span aria-hidden="true" className="h-1 w-10 overflow-hidden rounded-full bg-line">
        <span
          className={`block h-full rounded-full ${percent === 100 ? 'bg-status-done-dot' : 'bg-accent'}`}
          style={{ width: `${percent}%` }}
        />
      </span>
      <span className="w-9 text-fg-muted tabular-nums">{percent}%</span>
    </span>
  );
}
