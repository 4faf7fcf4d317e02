// The task document seen generically, as the read view walks it: groups of sections in registry order and each
// part's value narrowed by the part's type, so no component lists the template's sections again.
import type { TaskStatus } from '@/lib/enums';
import { type PartDescriptor, type SectionKey, sectionKeys, sectionParts, sectionRegistry } from '@/lib/tasks/sections';
import type { TaskDocument } from '@/lib/tasks/task-document';

export type ListItem = { id: string } & Record<string, unknown>;
export interface LinkItem {
  taskId: string;
  key: string;
  title: string;
  status: TaskStatus;
  description?: string;
}

/** A link an imported document named by a key no task has yet. */
export interface PendingLinkItem {
  key: string;
  description: string;
}

export type PartView =
  | { type: 'text'; name: string; part: Extract<PartDescriptor, { type: 'text' }>; value: string }
  | { type: 'list'; name: string; part: Extract<PartDescriptor, { type: 'list' }>; value: ListItem[] }
  | {
      type: 'links';
      name: string;
      part: Extract<PartDescriptor, { type: 'links' }>;
      value: LinkItem[];
      pending: PendingLinkItem[];
    };

export interface SectionView {
  key: SectionKey;
  title: string;
  parts: PartView[];
  isEmpty: boolean;
}

export interface GroupView {
  title: string;
  sections: SectionView[];
}

export function isPartEmpty(view: PartView): boolean {
  if (view.type === 'links') return view.value.length === 0 && view.pending.length === 0;
  return typeof view.value === 'string' ? view.value.trim() === '' : view.value.length === 0;
}

/** The parts of one section with their values. The document's section types follow the registry, so each
 * value has the shape its part's type says; the casts only forget the per-section detail. */
export function sectionView(document: TaskDocument, key: SectionKey): SectionView {
  const values = document.sections[key] as Record<string, unknown>;
  const parts = sectionParts(key).map(([name, part]): PartView => {
    const value = values[name];
    if (part.type === 'text') return { type: 'text', name, part, value: typeof value === 'string' ? value : '' };
    if (part.type === 'list') return { type: 'list', name, part, value: (value ?? []) as ListItem[] };
    const pending = document.pendingLinks.filter((link) => link.set === part.set);
    return { type: 'links', name, part, value: (value ?? []) as LinkItem[], pending };
  });
  return { key, title: sectionRegistry[key].title, parts, isEmpty: parts.every(isPartEmpty) };
}

/** The template's H2 groups, each with its sections, in registry order. */
export function documentGroups(document: TaskDocument): GroupView[] {
  const groups: GroupView[] = [];
  for (const key of sectionKeys) {
    const title = sectionRegistry[key].group;
    let group = groups.at(-1);
    if (group?.title !== title) {
      group = { title, sections: [] };
      groups.push(group);
    }
    group.sections.push(sectionView(document, key));
  }
  return groups;
}

/** `Risks & Considerations` -> `risks-considerations`, for group heading ids. */
export function groupSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function isChecklist(part: Extract<PartDescriptor, { type: 'list' }>): boolean {
  return part.relation === 'checklistItems';
}

/** Done and total items over a section's checklist parts, or null when it has none. */
export function checklistProgress(section: SectionView): { done: number; total: number } | null {
  const checklists = section.parts.filter((view) => view.type === 'list' && isChecklist(view.part));
  if (checklists.length === 0) return null;
  const items = checklists.flatMap((view) => (view.type === 'list' ? view.value : []));
  return { done: items.filter((item) => item.isDone === true).length, total: items.length };
}
