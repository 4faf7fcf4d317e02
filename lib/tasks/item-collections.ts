// The list parts of the template's sections as collections of items, each addressable on its own
// (`/tasks/{key}/acceptance-criteria/{id}`). A section's only list takes the section's name; a list beside text in
// its section (Key Components) takes its own.
import type { z } from 'zod';

import { type SectionKey, sectionKeys, sectionParts, sectionRegistry, sectionSlug } from './sections';

export interface ItemCollection {
  slug: string;
  title: string;
  section: SectionKey;
  part: string;
  /** The item's schema with its `id`, as a section body carries it. */
  item: z.ZodObject;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const itemCollections: ItemCollection[] = sectionKeys.flatMap((section) => {
  const parts = sectionParts(section);
  return parts.flatMap(([part, descriptor]) => {
    if (descriptor.type !== 'list') return [];
    const isOnlyPart = parts.length === 1;
    return [
      {
        slug: isOnlyPart ? sectionSlug(section) : kebab(part),
        title: isOnlyPart ? sectionRegistry[section].title : descriptor.label,
        section,
        part,
        item: descriptor.item,
      },
    ];
  });
});

const bySlug = new Map(itemCollections.map((collection) => [collection.slug, collection]));
export function itemCollectionFromSlug(slug: string): ItemCollection | undefined {
  return bySlug.get(slug);
}
