import type { Completeness } from '@/lib/tasks/completeness';
import { sectionSlug } from '@/lib/tasks/sections';

import { checklistProgress, groupSlug, type GroupView } from './section-data';

/** The document's table of contents: every section by group, marked filled or empty, with checklist progress. */
export function TaskOutline({ groups, completeness }: { groups: GroupView[]; completeness: Completeness }) {
  return (
    <nav aria-labelledby="outline-title" className="text-[0.8125rem]">
      <div className="mb-2 flex items-baseline justify-between gap-2 px-2">
        <h2 id="outline-title" className="text-xs font-semibold text-fg">
          Outline
        </h2>
        <span className="text-xs text-fg-muted tabular-nums">
          {completeness.filled}/{completeness.applicable} filled
        </span>
      </div>
      <ol className="space-y-3">
        {groups.map((group) => (
          <li key={group.title}>
            <a
              href={`#${groupSlug(group.title)}`}
              className="block rounded px-2 text-[0.6875rem] font-semibold tracking-wide text-fg-muted uppercase hover:text-fg"
            >
              {group.title}
            </a>
            <ol className="mt-1">
              {group.sections.map((section) => {
                const progress = checklistProgress(section);
                return (
                  <li key={section.key}>
                    <a
                      href={`#${sectionSlug(section.key)}`}
                      className={`flex items-center gap-2 rounded px-2 py-0.5 hover:bg-hover ${
                        section.isEmpty ? 'text-fg-subtle' : 'text-fg'
                      }`}
                    >
                      <span
                        aria-hidden="true"
                        className={`size-1.5 shrink-0 rounded-full ${
                          section.isEmpty ? 'border border-fg-subtle' : 'bg-status-done-dot'
                        }`}
                      />
                      <span className="truncate">{section.title}</span>
                      <span className="sr-only">{section.isEmpty ? '(empty)' : '(filled)'}</span>
                      {progress && progress.total > 0 ? (
                        <span className="ml-auto text-[0.6875rem] text-fg-muted tabular-nums">
                          {progress.done}/{progress.total}
                        </span>
                      ) : null}
                    </a>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
