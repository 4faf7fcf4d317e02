// How each list of the template is written in Markdown: which field is the bold label, which follows the colon,
// which nested `**Field**:` lines an item has, and whether items are bullets or numbered. The exporter and the
// parser both read this table, so the two directions cannot disagree.
import type { ListRelation } from '@/lib/tasks/sections';

export interface NestedField {
  field: string;
  label: string;
}

export interface ItemFormat {
  style: 'bullet' | 'numbered';
  /** The field written as `**label**:`; absent for plain bullets (`- text`). */
  labelField?: string;
  /** The field written after the colon (or the whole bullet when there is no label). */
  textField: string;
  nested: NestedField[];
  /** Numbered items with nested fields are separated by a blank line, as in the template. */
  isLoose: boolean;
}

const nested = (pairs: Array<[field: string, label: string]>): NestedField[] =>
  pairs.map(([field, label]) => ({ field, label }));

const named = (labelField: string, textField: string): ItemFormat => ({
  style: 'bullet',
  labelField,
  textField,
  nested: [],
  isLoose: false,
});

/** Formats by relation, and for risks by kind. Checklists, code blocks and references have their own syntax. */
export const itemFormats: Partial<Record<ListRelation | `risks:${string}`, ItemFormat>> = {
  keyComponents: named('name', 'description'),
  teamDependencies: named('name', 'description'),
  externalDependencies: named('name', 'description'),
  testScenarios: named('name', 'handling'),
  implementationNotes: { style: 'bullet', textField: 'text', nested: [], isLoose: false },
  codeChanges: {
    style: 'numbered',
    labelField: 'path',
    textField: 'summary',
    nested: nested([
      ['changeType', 'Type'],
      ['details', 'Details'],
    ]),
    isLoose: true,
  },
  developmentSteps: {
    style: 'numbered',
    labelField: 'title',
    textField: 'description',
    nested: nested([
      ['estimatedTime', 'Estimated Time'],
      ['dependencies', 'Dependencies'],
      ['notes', 'Notes'],
    ]),
    isLoose: true,
  },
  unitTestCases: {
    style: 'numbered',
    labelField: 'title',
    textField: 'description',
    nested: nested([
      ['given', 'Given'],
      ['when', 'When'],
      ['then', 'Then'],
    ]),
    isLoose: true,
  },
  integrationTestCases: {
    style: 'numbered',
    labelField: 'title',
    textField: 'description',
    nested: nested([
      ['setup', 'Setup'],
      ['steps', 'Steps'],
      ['validation', 'Validation'],
    ]),
    isLoose: true,
  },
  deploymentSteps: { style: 'numbered', labelField: 'title', textField: 'description', nested: [], isLoose: false },
  'risks:TECHNICAL': {
    ...named('name', 'description'),
    nested: nested([
      ['mitigation', 'Mitigation'],
      ['contingency', 'Contingency'],
    ]),
  },
  'risks:PERFORMANCE': {
    ...named('name', 'description'),
    nested: nested([
      ['monitoring', 'Monitoring'],
      ['optimization', 'Optimization'],
    ]),
  },
  'risks:SECURITY': {
    ...named('name', 'description'),
    nested: nested([
      ['requirements', 'Requirements'],
      ['validation', 'Validation'],
    ]),
  },
};

export function itemFormatOf(relation: ListRelation, kind: string | undefined): ItemFormat | undefined {
  return itemFormats[relation === 'risks' ? (`risks:${kind}` as const) : relation];
}

export const changeTypeLabels = { NEW: 'New', MODIFIED: 'Modified', DELETED: 'Deleted' } as const;

export const referenceLabels = {
  DESIGN_DOCUMENT: 'Design Documents',
  TECHNICAL_SPEC: 'Technical Specs',
  RESEARCH: 'Research',
} as const;

export const statusLabels = {
  TODO: 'Todo',
  IN_PROGRESS: 'In Progress',
  IN_REVIEW: 'In Review',
  DONE: 'Done',
  BLOCKED: 'Blocked',
} as const;

export const relatedLabels = { blockedBy: 'Blocked By', blocks: 'Blocks', related: 'Related' } as const;

/** Sections the template nests one level deeper, under an `### ` heading of their own. */
export const subgroups: Partial<Record<string, string>> = {
  codeChanges: 'Technical Requirements',
  databaseChanges: 'Technical Requirements',
  apiChanges: 'Technical Requirements',
};
