// Replaces one section of a task. Items sent with their id are updated in place, items without an id are added,
// and items left out are removed; an unchanged section changes nothing, not even the version.
import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { parseInput } from '@/lib/errors';

import { writeSection } from './section-writer';
import { type SectionKey, sectionRegistry, sectionSchemas } from './sections';
import { readSection, type SectionOutput } from './task-document';
import { findTaskRow } from './task-lookup';
import { bumpVersion, withLockedTask, type WriteOptions } from './update-task';

export interface SectionResult<K extends SectionKey> {
  section: SectionOutput<K>;
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
  return withLockedTask(principal, ref, options, async (tx, row) => {
    // Error paths are relative to the section body, as its schema's are.
    const { columns, changed } = await writeSection(tx, row, key, value, []);
    if (!changed) return { section: readSection(row, key), version: row.version, changed: false };
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
    return { section: readSection(updated, key), version: updated.version, changed: true };
  });
}
