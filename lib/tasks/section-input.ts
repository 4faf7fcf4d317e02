import { type SectionKey, sectionParts, type SectionValue } from './sections';
import type { LinkedTask, PrerequisiteLink, SectionOutput } from './task-document';

/** A section as read, in the form its schema takes as input: links become task ids (with their descriptions). */
export function sectionInputOf<K extends SectionKey>(key: K, output: SectionOutput<K>): SectionValue<K> {
  const value: Record<string, unknown> = { ...output };
  for (const [name, part] of sectionParts(key)) {
    if (part.type !== 'links') continue;
    const links = value[name] as Array<LinkedTask | PrerequisiteLink>;
    value[name] =
      part.set === 'prerequisites'
        ? (links as PrerequisiteLink[]).map(({ taskId, description }) => ({ taskId, description }))
        : links.map((link) => link.taskId);
  }
  return value as SectionValue<K>;
}
