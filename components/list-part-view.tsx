import type { PartDescriptor } from '@/lib/tasks/sections';

import { type ChecklistToggling, ChecklistView } from './checklist-view';
import { CodeBlockView } from './code-block-view';
import { ItemList } from './item-list';
import { ReferenceList } from './reference-list';
import { isChecklist, type ListItem } from './section-data';

/** A list part, drawn by the shape of its items: checklist, code blocks, references or generic items. */
export function ListPartView({
  part,
  items,
  toggling,
}: {
  part: Extract<PartDescriptor, { type: 'list' }>;
  items: ListItem[];
  toggling?: ChecklistToggling;
}) {
  if (isChecklist(part)) return <ChecklistView items={items} toggling={toggling} />;
  if (part.fields.includes('code')) {
    return (
      <div className="space-y-3">
        {items.map((item) => (
          <CodeBlockView key={item.id} language={String(item.language ?? '')} code={String(item.code ?? '')} />
        ))}
      </div>
    );
  }
  if (part.relation === 'references') return <ReferenceList items={items} />;
  return <ItemList relation={part.relation} fields={part.fields} items={items} />;
}
