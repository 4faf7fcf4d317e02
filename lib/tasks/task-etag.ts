// Entity tags for a task document and for each of its sections: a hash of exactly what a reader receives, so an
// ETag changes whenever the representation does. Sections hash on their own, which is what lets two people edit
// different sections of one task at the same time while two edits of the same section cannot overwrite each other.
import { createHash } from 'node:crypto';

import type { SectionKey } from './sections';
import { readSection, type TaskDocumentRow, toTaskDocument } from './task-document';

export function etagOf(representation: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(representation)).digest('base64url');
  return `"${digest.slice(0, 27)}"`;
}

export function taskEtag(row: TaskDocumentRow): string {
  return etagOf(toTaskDocument(row));
}

export function sectionEtag(row: TaskDocumentRow, key: SectionKey): string {
  return etagOf(readSection(row, key));
}
