import type { ReactNode } from 'react';

/** A titled block of a settings page (Password, API tokens, Invite): heading, one line of help, content. */
export function PageSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div>
        <h2 id={`${id}-title`} className="text-sm font-semibold text-fg">
          {title}
        </h2>
        {description ? <p className="text-[0.8125rem] text-fg-muted">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}
