import type { ReactNode } from 'react';

/** A centred message for a page with nothing to show, with what to do about it. */
export function EmptyState({
  title,
  icon,
  children,
  headingLevel = 'h2',
}: {
  title: string;
  icon?: ReactNode;
  children?: ReactNode;
  headingLevel?: 'h1' | 'h2';
}) {
  const Heading = headingLevel;
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center rounded-lg border border-dashed border-line-strong px-6 py-12 text-center">
      {icon ? (
        <div aria-hidden="true" className="mb-4 grid size-10 place-items-center rounded-lg bg-surface text-fg-muted">
          {icon}
        </div>
      ) : null}
      <Heading className="text-base font-semibold text-fg">{title}</Heading>
      <div className="mt-2 w-full min-w-0 space-y-3 text-sm text-fg-muted">{children}</div>
    </div>
  );
}
