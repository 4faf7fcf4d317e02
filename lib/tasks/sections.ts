// The task template's sections, in the template's order: the one registry that the service, the read view, the
// forms, the REST API and the Markdown format all walk. A section is a set of parts; each part is stored as a
// Task column, ordered child rows (optionally one `kind` of a shared table) or links to other tasks.
import { z } from 'zod';

import {
  checklistItem,
  codeBlockItem,
  codeChangeItem,
  deploymentStepItem,
  developmentStepItem,
  implementationNoteItem,
  integrationTestCaseItem,
  longText,
  MAX_ITEMS,
  namedItem,
  performanceRiskItem,
  prerequisiteItem,
  referenceItem,
  scenarioItem,
  securityRiskItem,
  taskIdList,
  technicalRiskItem,
  unitTestCaseItem,
} from './section-items';

/** Child-row relations of Task and the Prisma delegate that writes each. */
export const listRelations = {
  checklistItems: 'checklistItem',
  keyComponents: 'keyComponent',
  codeChanges: 'codeChange',
  developmentSteps: 'developmentStep',
  teamDependencies: 'teamDependency',
  externalDependencies: 'externalDependency',
  codeBlocks: 'codeBlock',
  unitTestCases: 'unitTestCase',
  integrationTestCases: 'integrationTestCase',
  testScenarios: 'testScenario',
  risks: 'risk',
  deploymentSteps: 'deploymentStep',
  implementationNotes: 'implementationNote',
  references: 'reference',
} as const;
export type ListRelation = keyof typeof listRelations;

/** The SQL table of a child-row relation: `checklistItems` -> `ChecklistItem`. */
export function listTable(relation: ListRelation): string {
  const delegate = listRelations[relation];
  return delegate[0]?.toUpperCase() + delegate.slice(1);
}

export type LinkSet = 'prerequisites' | 'blockedBy' | 'blocks' | 'related';

function text<const C extends string>(column: C, label: string) {
  return { type: 'text', column, label, schema: longText } as const;
}

function list<const R extends ListRelation, S extends z.ZodObject>(relation: R, item: S, label: string, kind?: string) {
  const fields = Object.keys(item.shape).filter((field) => field !== 'id');
  const schema = z
    .array(item)
    .max(MAX_ITEMS, { error: `must have at most ${MAX_ITEMS} items` })
    .default([]);
  return { type: 'list', relation, kind, label, fields, item, schema } as const;
}

const checklist = (kind: string) => list('checklistItems', checklistItem, 'Items', kind);

const prerequisiteLinks = {
  type: 'links',
  set: 'prerequisites',
  label: 'Prerequisite tasks',
  schema: z.array(prerequisiteItem).max(MAX_ITEMS).default([]),
} as const;

function taskLinks<const L extends Exclude<LinkSet, 'prerequisites'>>(set: L, label: string) {
  return { type: 'links', set, label, schema: taskIdList } as const;
}

export const sectionRegistry = {
  summary: { title: 'Task Summary', group: 'Overview', parts: { text: text('summary', 'Summary') } },
  acceptanceCriteria: {
    title: 'Acceptance Criteria',
    group: 'Overview',
    parts: { items: checklist('ACCEPTANCE_CRITERIA') },
  },
  definitionOfDone: {
    title: 'Definition of Done',
    group: 'Overview',
    parts: { items: checklist('DEFINITION_OF_DONE') },
  },
  implementationApproach: {
    title: 'Implementation Approach',
    group: 'Technical Details',
    parts: {
      solution: text('solution', 'Solution'),
      keyComponents: list('keyComponents', namedItem, 'Key Components'),
    },
  },
  codeChanges: {
    title: 'Code Changes',
    group: 'Technical Details',
    parts: { items: list('codeChanges', codeChangeItem, 'Changes') },
  },
  databaseChanges: {
    title: 'Database Changes',
    group: 'Technical Details',
    parts: {
      tables: text('dbTables', 'Tables'),
      migrations: text('dbMigrations', 'Migrations'),
      data: text('dbData', 'Data'),
    },
  },
  apiChanges: {
    title: 'API Changes',
    group: 'Technical Details',
    parts: {
      endpoints: text('apiEndpoints', 'Endpoints'),
      requestResponse: text('apiRequestResponse', 'Request/Response'),
      documentation: text('apiDocumentation', 'Documentation'),
    },
  },
  architectureImpact: {
    title: 'Architecture Impact',
    group: 'Technical Details',
    parts: {
      newComponents: text('archNewComponents', 'New Components'),
      modifiedComponents: text('archModifiedComponents', 'Modified Components'),
      integrationPoints: text('archIntegrationPoints', 'Integration Points'),
    },
  },
  developmentSteps: {
    title: 'Development Steps',
    group: 'Implementation Plan',
    parts: { items: list('developmentSteps', developmentStepItem, 'Steps') },
  },
  testingPlan: {
    title: 'Testing Plan',
    group: 'Implementation Plan',
    parts: {
      unitTests: text('testPlanUnit', 'Unit Tests'),
      integrationTests: text('testPlanIntegration', 'Integration Tests'),
      manualTesting: text('testPlanManual', 'Manual Testing'),
    },
  },
  codeReviewPlan: {
    title: 'Code Review Plan',
    group: 'Implementation Plan',
    parts: {
      reviewers: text('reviewReviewers', 'Reviewers'),
      reviewFocus: text('reviewFocus', 'Review Focus'),
      documentation: text('reviewDocumentation', 'Documentation'),
    },
  },
  prerequisiteTasks: { title: 'Prerequisite Tasks', group: 'Dependencies', parts: { items: prerequisiteLinks } },
  teamDependencies: {
    title: 'Team Dependencies',
    group: 'Dependencies',
    parts: { items: list('teamDependencies', namedItem, 'Dependencies') },
  },
  externalDependencies: {
    title: 'External Dependencies',
    group: 'Dependencies',
    parts: { items: list('externalDependencies', namedItem, 'Dependencies') },
  },
  dataStructures: {
    title: 'Data Structures',
    group: 'Technical Specifications',
    parts: { blocks: list('codeBlocks', codeBlockItem, 'Code blocks', 'DATA_STRUCTURES') },
  },
  apiContracts: {
    title: 'API Contracts',
    group: 'Technical Specifications',
    parts: { blocks: list('codeBlocks', codeBlockItem, 'Code blocks', 'API_CONTRACTS') },
  },
  configuration: {
    title: 'Configuration',
    group: 'Technical Specifications',
    parts: {
      environmentVariables: text('configEnvVars', 'Environment Variables'),
      featureFlags: text('configFeatureFlags', 'Feature Flags'),
      settings: text('configSettings', 'Settings'),
    },
  },
  unitTestCases: {
    title: 'Unit Test Cases',
    group: 'Testing Details',
    parts: { items: list('unitTestCases', unitTestCaseItem, 'Test cases') },
  },
  integrationTestCases: {
    title: 'Integration Test Cases',
    group: 'Testing Details',
    parts: { items: list('integrationTestCases', integrationTestCaseItem, 'Test cases') },
  },
  edgeCases: {
    title: 'Edge Cases',
    group: 'Testing Details',
    parts: { items: list('testScenarios', scenarioItem, 'Edge cases', 'EDGE_CASE') },
  },
  errorScenarios: {
    title: 'Error Scenarios',
    group: 'Testing Details',
    parts: { items: list('testScenarios', scenarioItem, 'Error scenarios', 'ERROR_SCENARIO') },
  },
  technicalRisks: {
    title: 'Technical Risks',
    group: 'Risks & Considerations',
    parts: { items: list('risks', technicalRiskItem, 'Risks', 'TECHNICAL') },
  },
  performanceConsiderations: {
    title: 'Performance Considerations',
    group: 'Risks & Considerations',
    parts: { items: list('risks', performanceRiskItem, 'Concerns', 'PERFORMANCE') },
  },
  securityConsiderations: {
    title: 'Security Considerations',
    group: 'Risks & Considerations',
    parts: { items: list('risks', securityRiskItem, 'Aspects', 'SECURITY') },
  },
  deploymentSteps: {
    title: 'Deployment Steps',
    group: 'Deployment',
    parts: { items: list('deploymentSteps', deploymentStepItem, 'Steps') },
  },
  rollbackPlan: {
    title: 'Rollback Plan',
    group: 'Deployment',
    parts: {
      trigger: text('rollbackTrigger', 'Rollback Trigger'),
      steps: text('rollbackSteps', 'Rollback Steps'),
      dataConsiderations: text('rollbackData', 'Data Considerations'),
    },
  },
  monitoring: {
    title: 'Monitoring',
    group: 'Deployment',
    parts: {
      healthChecks: text('monitoringHealthChecks', 'Health Checks'),
      alerts: text('monitoringAlerts', 'Alerts'),
      metrics: text('monitoringMetrics', 'Metrics'),
    },
  },
  codeDocumentation: {
    title: 'Code Documentation',
    group: 'Documentation Updates',
    parts: {
      inlineComments: text('docInlineComments', 'Inline Comments'),
      readmeUpdates: text('docReadme', 'README Updates'),
      apiDocumentation: text('docApi', 'API Documentation'),
    },
  },
  userDocumentation: {
    title: 'User Documentation',
    group: 'Documentation Updates',
    parts: { userGuides: text('docUserGuides', 'User Guides'), helpContent: text('docHelpContent', 'Help Content') },
  },
  technicalDocumentation: {
    title: 'Technical Documentation',
    group: 'Documentation Updates',
    parts: {
      architectureDocs: text('docArchitecture', 'Architecture Docs'),
      deploymentGuides: text('docDeploymentGuides', 'Deployment Guides'),
    },
  },
  functionalSuccess: {
    title: 'Functional Success',
    group: 'Success Criteria',
    parts: { items: checklist('SUCCESS_FUNCTIONAL') },
  },
  technicalSuccess: {
    title: 'Technical Success',
    group: 'Success Criteria',
    parts: { items: checklist('SUCCESS_TECHNICAL') },
  },
  processSuccess: {
    title: 'Process Success',
    group: 'Success Criteria',
    parts: { items: checklist('SUCCESS_PROCESS') },
  },
  implementationNotes: {
    title: 'Implementation Notes',
    group: 'Notes & References',
    parts: { items: list('implementationNotes', implementationNoteItem, 'Notes') },
  },
  references: {
    title: 'References',
    group: 'Notes & References',
    parts: { items: list('references', referenceItem, 'References') },
  },
  relatedTasks: {
    title: 'Related Tasks',
    group: 'Notes & References',
    parts: {
      blockedBy: taskLinks('blockedBy', 'Blocked By'),
      blocks: taskLinks('blocks', 'Blocks'),
      related: taskLinks('related', 'Related'),
    },
  },
} as const;

export type SectionKey = keyof typeof sectionRegistry;
type Registry = typeof sectionRegistry;
export type SectionPart = Registry[SectionKey]['parts'][string & keyof Registry[SectionKey]['parts']];

export const sectionKeys = Object.keys(sectionRegistry) as SectionKey[];

/** The untyped view of a part, for code that walks every section alike. */
export type PartDescriptor =
  | { type: 'text'; column: string; label: string; schema: z.ZodType }
  | {
      type: 'list';
      relation: ListRelation;
      kind?: string;
      label: string;
      fields: string[];
      item: z.ZodObject;
      schema: z.ZodType;
    }
  | { type: 'links'; set: LinkSet; label: string; schema: z.ZodType };

export function sectionParts(key: SectionKey): Array<[name: string, part: PartDescriptor]> {
  return Object.entries(sectionRegistry[key].parts) as Array<[string, PartDescriptor]>;
}

/** URL form of a section key: `acceptanceCriteria` -> `acceptance-criteria`. */
export function sectionSlug(key: SectionKey): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

const keysBySlug = new Map(sectionKeys.map((key) => [sectionSlug(key), key]));
export function sectionKeyFromSlug(slug: string): SectionKey | undefined {
  return keysBySlug.get(slug);
}

type PartSchema<T> = T extends { schema: infer S extends z.ZodType } ? S : z.ZodNever;
type PartsSchema<K extends SectionKey> = z.ZodObject<{
  [P in keyof Registry[K]['parts']]: PartSchema<Registry[K]['parts'][P]>;
}>;

function buildSectionSchema<K extends SectionKey>(key: K): PartsSchema<K> {
  const parts = sectionRegistry[key].parts as Record<string, { schema: z.ZodType }>;
  const shape = Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.schema]));
  return z.strictObject(shape) as unknown as PartsSchema<K>;
}

/** Input schema of each section: the body of `PUT .../sections/{slug}` and of each section form. */
export const sectionSchemas = Object.fromEntries(sectionKeys.map((key) => [key, buildSectionSchema(key)])) as {
  [K in SectionKey]: PartsSchema<K>;
};

export type SectionInput<K extends SectionKey> = z.input<(typeof sectionSchemas)[K]>;
export type SectionValue<K extends SectionKey> = z.output<(typeof sectionSchemas)[K]>;
export type SectionValues = { [K in SectionKey]: SectionValue<K> };

/** Any subset of sections, e.g. when creating a task with a filled document. */
export const sectionsInput = z.strictObject(
  Object.fromEntries(sectionKeys.map((key) => [key, sectionSchemas[key].optional()])) as {
    [K in SectionKey]: z.ZodOptional<(typeof sectionSchemas)[K]>;
  },
);
export type SectionsInput = z.input<typeof sectionsInput>;
