import { sectionSlug } from '@/lib/tasks/sections';

import type { ChecklistToggling } from './checklist-view';
import { EditableSection } from './edit/editable-section';
import { formatDoneCount } from './format';
import { LinksPartView } from './links-part-view';
import { ListPartView } from './list-part-view';
import { NotFilled } from './not-filled';
import { checklistProgress, isPartEmpty, type PartView, type SectionView as Section } from './section-data';
import { TextBlock } from './text-block';

function PartContent({ view, toggling }: { view: PartView; toggling?: ChecklistToggling }) {
  switch (view.type) {
    case 'text':
      return <TextBlock text={view.value} />;
    case 'list':
      return <ListPartView part={view.part} items={view.value} toggling={toggling} />;
    case 'links':
      return <LinksPartView set={view.part.set} tasks={view.value} pending={view.pending} />;
  }
}

/**
 * One template section (an H3). A one-part section shows its content directly; a section of several parts labels
 * each, as the template's "**Tables**: ..." lines do. Empty sections stay visible so the document keeps its shape.
 */
export function SectionView({ section, taskKey }: { section: Section; taskKey?: string }) {
  const slug = sectionSlug(section.key);
  const progress = checklistProgress(section);
  const anchor = (
    <a
      href={`#${slug}`}
      className="ml-1.5 font-normal text-fg-subtle opacity-0 group-hover:opacity-100 hover:text-accent focus-visible:opacity-100"
    >
      <span aria-hidden="true">#</span>
      <span className="sr-only">Link to {section.title}</span>
    </a>
  );

  const heading = (
    <h3 id={`${slug}-title`} className={`group text-sm font-semibold ${section.isEmpty ? 'text-fg-muted' : 'text-fg'}`}>
      {section.title}
      {anchor}
    </h3>
  );
  const content = section.isEmpty ? (
    <NotFilled />
  ) : section.parts.length === 1 && section.parts[0] ? (
    <PartContent view={section.parts[0]} toggling={taskKey ? { taskKey, listSlug: slug } : undefined} />
  ) : (
    <dl className="space-y-3">
      {section.parts.map((view) => (
        <div key={view.name}>
          <dt className="mb-0.5 text-[0.8125rem] font-medium text-fg-muted">{view.part.label}</dt>
          <dd>{isPartEmpty(view) ? <NotFilled variant="dash" /> : <PartContent view={view} />}</dd>
        </div>
      ))}
    </dl>
  );

  if (taskKey) {
    return (
      <section id={slug} aria-labelledby={`${slug}-title`} className={section.isEmpty ? 'py-2.5' : 'py-4'}>
        <EditableSection
          taskKey={taskKey}
          sectionKey={section.key}
          title={section.title}
          isEmpty={section.isEmpty}
          heading={heading}
        >
          {content}
        </EditableSection>
      </section>
    );
  }

  // An empty section is one compact row, so a sparse document stays scannable but keeps its full shape.
  if (section.isEmpty) {
    return (
      <section id={slug} aria-labelledby={`${slug}-title`} className="flex items-baseline gap-3 py-2.5">
        {heading}
        {content}
      </section>
    );
  }

  return (
    <section id={slug} aria-labelledby={`${slug}-title`} className="py-4">
      <div className="mb-2 flex items-baseline justify-between gap-3">
        {heading}
        {progress && progress.total > 0 ? (
          <span className="text-xs text-fg-muted tabular-nums">{formatDoneCount(progress.done, progress.total)}</span>
        ) : null}
      </div>
      {content}
    </section>
  );
}
