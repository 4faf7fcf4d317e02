import { groupSlug, type GroupView } from './section-data';
import { SectionView } from './section-view';

/** The template's body: each H2 group with its H3 sections, in registry order; editable when `editKey` is given. */
export function TaskDocumentView({ groups, editKey }: { groups: GroupView[]; editKey?: string }) {
  return (
    <div className="space-y-8">
      {groups.map((group) => {
        const slug = groupSlug(group.title);
        return (
          <section key={group.title} id={slug} aria-labelledby={`${slug}-title`}>
            <h2 id={`${slug}-title`} className="border-b border-line pb-2 text-base font-semibold tracking-tight">
              {group.title}
            </h2>
            <div className="divide-y divide-line/70">
              {group.sections.map((section) => (
                <SectionView key={section.key} section={section} taskKey={editKey} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
