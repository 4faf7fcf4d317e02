// Replaces one section of a task. Items sent with their id are updated in place, items without an id are added,
// and items left out are removed; an unchanged section changes nothing, not even the version.
import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { parseInput } from '@/lib/errors';

import { writeSection } from './section-writer';
import { type SectionKey, sectionParts, sectionRegistry, sectionSchemas, type SectionValue } from './sections';
import { readSection, type SectionOutput, type TaskDocumentRow } from './task-document';
import { sectionEtag, taskEtag } from './task-etag';
import { findTaskRow } from './task-lookup';
import { bumpVersion, withLockedTask, type WriteOptions } from './update-task';

export interface SectionResult<K extends SectionKey> {
  section: SectionOutput<K>;
  /** The section's ETag after the write. */
  etag: string;
  version: number;
  changed: boolean;
}

export async function updateTaskSection<K extends SectionKey>(
  principal: Principal,
  ref: string,
  key: K,
  input: unknown,
  options: WriteOptions = {},
): Promise<SectionResult<K>> {
  authorize(principal, 'writeTasks');
  const value = parseInput(sectionSchemas[key], input);
  return replaceSection(principal, ref, key, () => value, options);
}

/**
 * Writes the section value `next` computes from the section's current content, under the task's lock. Item and
 * link edits are section rewrites too, so they share the section's ETag, audit trail and change detection.
 */
export async function replaceSection<K extends SectionKey>(
  principal: Principal,
  ref: string,
  key: K,
  next: (current: SectionOutput<K>) => SectionValue<K>,
  options: WriteOptions,
): Promise<SectionResult<K>> {
  // The section's own ETag, or the whole document's (stricter: nothing in the task may have changed).
  const current = (row: TaskDocumentRow) => [sectionEtag(row, key), taskEtag(row)];
  const what = `The ${sectionRegistry[key].title} section`;
  const linksFirst = sectionParts(key).some(([, part]) => part.type === 'links');
  return withLockedTask(principal, ref, { ...options, current, what, linksFirst }, async (tx, row) => {
    // Error paths are relative to the section body, as its schema's are.
    const { columns, changed } = await writeSection(tx, row, key, next(readSection(row, key)), []);
    if (!changed) {
      return { section: readSection(row, key), etag: sectionEtag(row, key), version: row.version, changed: false };
    }
    await bumpVersion(tx, row.id, columns);
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'task.section_updated',
      targetType: 'task',
      targetId: row.id,
      section: key,
      summary: `Edited ${sectionRegistry[key].title}`,
    });
    const updated = await findTaskRow(tx, principal, row.id);
    return {
      section: readSection(updated, key),
      etag: sectionEtag(updated, key),
      version: updated.version,
      changed: true,
    };
  });
}
