// How much of a task's document is filled: sections with content over the sections that apply to it. Most sections
// always apply; some apply only once filled (a task may rightly have no API contracts), and the rollback plan applies
// when the task changes the database or the API. lib/tasks/filled-sections.ts stores each task's filled sections
// and percentage after every write, so lists and boards filter on columns.
import { type LinkSet, type SectionKey, sectionKeys, sectionParts } from './sections';

/** Sections that apply only when someone fills them. */
export const optionalSections: ReadonlySet<SectionKey> = new Set<SectionKey>([
  'databaseChanges',
  'apiChanges',
  'architectureImpact',
  'prerequisiteTasks',
  'teamDependencies',
  'externalDependencies',
  'dataStructures',
  'apiContracts',
  'configuration',
  'performanceConsiderations',
  'securityConsiderations',
  'userDocumentation',
  'implementationNotes',
  'references',
  'relatedTasks',
]);

/** Sections that apply once any of the listed sections is filled. */
export const conditionalSections: Partial<Record<SectionKey, SectionKey[]>> = {
  rollbackPlan: ['databaseChanges', 'apiChanges'],
};

const alwaysApplies = sectionKeys.filter((key) => !optionalSections.has(key) && !(key in conditionalSections));

function applies(key: SectionKey, filled: ReadonlySet<SectionKey>): boolean {
  if (filled.has(key) || alwaysApplies.includes(key)) return true;
  return (conditionalSections[key] ?? []).some((trigger) => filled.has(trigger));
}

export interface Completeness {
  filled: number;
  applicable: number;
  /** Whole percent, rounded down so 100 means nothing that applies is empty. */
  percent: number;
  /** Applicable sections that are empty, in template order. */
  missing: SectionKey[];
}

export function completenessOf(filledSections: readonly string[]): Completeness {
  const filled = new Set(filledSections as SectionKey[]);
  const applicable = sectionKeys.filter((key) => applies(key, filled));
  const missing = applicable.filter((key) => !filled.has(key));
  const count = applicable.length - missing.length;
  return {
    filled: count,
    applicable: applicable.length,
    percent: Math.floor((100 * count) / applicable.length),
    missing,
  };
}

/**
 * The required sections (of `required`) that are empty. Requiring an optional section makes it apply; a conditional
 * one (the rollback plan) is required only once its condition holds.
 */
export function missingRequired(filledSections: readonly string[], required: readonly string[]): SectionKey[] {
  const filled = new Set(filledSections as SectionKey[]);
  const isRequiredNow = (key: SectionKey) => !(key in conditionalSections) || applies(key, filled);
  return sectionKeys.filter((key) => required.includes(key) && !filled.has(key) && isRequiredNow(key));
}

/** The keys of the filled sections of a document in its output shape (links a document names by key count too). */
export function filledSectionsOf(
  sections: Record<SectionKey, Record<string, unknown>>,
  pendingLinks: ReadonlyArray<{ set: LinkSet }> = [],
): SectionKey[] {
  const pendingSets = new Set(pendingLinks.map((link) => link.set));
  return sectionKeys.filter((key) =>
    sectionParts(key).some(([name, part]) => {
      const value = sections[key][name];
      if (part.type === 'text') return hasText(value);
      if (part.type === 'links' && pendingSets.has(part.set)) return true;
      return Array.isArray(value) && value.length > 0;
    }),
  );
}

/** Whether a text part has content: whitespace alone is not. */
export function hasText(value: unknown): boolean {
  return typeof value === 'string' && /\S/.test(value);
}
