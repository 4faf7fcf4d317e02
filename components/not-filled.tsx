/** The muted placeholder for a section (a note) or one part of a section (a dash) that has no content yet. */
export function NotFilled({ variant = 'note' }: { variant?: 'note' | 'dash' }) {
  if (variant === 'dash') {
    return (
      <span className="text-fg-subtle">
        <span aria-hidden="true">—</span>
        <span className="sr-only">Not filled in</span>
      </span>
    );
  }
  return <span className="text-xs text-fg-subtle italic">Not filled in</span>;
}
