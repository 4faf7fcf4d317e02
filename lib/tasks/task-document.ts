// Reads a whole task document (metadata plus every section) in one SQL query: Prisma's relation joins fetch all
// child rows and links at once, and `toTaskDocument` sorts them into the template's sections.
import type { z } from 'zod';

import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskStatus } from '@/lib/generated/prisma/enums';

import { type Completeness, completenessOf } from './completeness';
import {
  type LinkSet,
  type ListRelation,
  listRelations,
  type SectionKey,
  sectionKeys,
  sectionParts,
  type sectionRegistry,
} from './sections';
import { formatTaskKey } from './task-key';

const byPosition = { orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }] };
const linkedTaskSelect = { select: { id: true, number: true, title: true, status: true } } as const;

export const taskDocumentInclude = {
  workspace: { select: { keyPrefix: true } },
  assignee: { select: { id: true, name: true, email: true } },
  feature: { select: { id: true, name: true } },
  sprint: { select: { id: true, number: true, name: true } },
  ...(Object.fromEntries(Object.keys(listRelations).map((relation) => [relation, byPosition])) as {
    [R in ListRelation]: typeof byPosition;
  }),
  outgoingLinks: { ...byPosition, include: { toTask: linkedTaskSelect } },
  incomingLinks: { ...byPosition, include: { fromTask: linkedTaskSelect } },
  pendingLinks: byPosition,
} satisfies Prisma.TaskInclude;

export type TaskDocumentRow = Prisma.TaskGetPayload<{ include: typeof taskDocumentInclude }>;

export interface LinkedTask {
  taskId: string;
  key: string;
  title: string;
  status: TaskStatus;
}
export interface PrerequisiteLink extends LinkedTask {
  description: string;
}

type Registry = typeof sectionRegistry;
type PartOutput<P> = P extends { type: 'text' }
  ? string
  : P extends { type: 'list'; schema: infer S extends z.ZodType }
    ? Array<z.output<S> extends Array<infer Item> ? Omit<Item, 'id'> & { id: string } : never>
    : P extends { set: 'prerequisites' }
      ? PrerequisiteLink[]
      : LinkedTask[];
export type SectionOutput<K extends SectionKey> = {
  [P in keyof Registry[K]['parts']]: PartOutput<Registry[K]['parts'][P]>;
};
export type SectionOutputs = { [K in SectionKey]: SectionOutput<K> };

/** A link an imported document named by a key no task has yet; it becomes a real link when that task exists. */
export interface PendingLink {
  set: LinkSet;
  key: string;
  description: string;
  position: number;
}

export interface TaskDocument {
  id: string;
  key: string;
  number: number;
  title: string;
  status: TaskStatus;
  assignee: { id: string; name: string; email: string } | null;
  /** An assignee an imported document named who is not a member: shown, not linked. */
  assigneeName: string | null;
  feature: { id: string; name: string } | null;
  sprint: { id: string; number: number; name: string } | null;
  estimatePoints: number | null;
  estimateHours: number | null;
  reviewDate: string | null;
  completionTarget: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  completeness: Completeness;
  sections: SectionOutputs;
  pendingLinks: PendingLink[];
}

export function toIsoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

type LinkRow = TaskDocumentRow['outgoingLinks'][number] | TaskDocumentRow['incomingLinks'][number];

function linkedTask(
  row: TaskDocumentRow,
  link: LinkRow,
  other: { id: string; number: number; title: string; status: TaskStatus },
) {
  return {
    taskId: other.id,
    key: formatTaskKey(row.workspace.keyPrefix, other.number),
    title: other.title,
    status: other.status,
    description: link.description,
  };
}

/** Tasks in one link set of `row`, in link order. */
export function readLinks(row: TaskDocumentRow, set: LinkSet): PrerequisiteLink[] {
  const out = (kind: string) =>
    row.outgoingLinks.filter((link) => link.kind === kind).map((link) => linkedTask(row, link, link.toTask));
  const incoming = (kind: string) =>
    row.incomingLinks.filter((link) => link.kind === kind).map((link) => linkedTask(row, link, link.fromTask));
  switch (set) {
    case 'prerequisites':
      return out('PREREQUISITE');
    case 'blocks':
      return out('BLOCKS');
    case 'blockedBy':
      return incoming('BLOCKS');
    case 'related':
      return [...out('RELATED'), ...incoming('RELATED')];
  }
}

function stripRow(row: Record<string, unknown>, fields: string[]) {
  return Object.fromEntries(['id', ...fields].map((field) => [field, row[field]]));
}

/** One section's current content, in the section's output shape. */
export function readSection<K extends SectionKey>(row: TaskDocumentRow, key: K): SectionOutput<K> {
  const value: Record<string, unknown> = {};
  for (const [name, part] of sectionParts(key)) {
    if (part.type === 'text') value[name] = row[part.column as keyof TaskDocumentRow];
    else if (part.type === 'list') {
      const rows = row[part.relation] as Array<Record<string, unknown>>;
      value[name] = rows
        .filter((item) => !part.kind || item.kind === part.kind)
        .map((item) => stripRow(item, part.fields));
    } else {
      const links = readLinks(row, part.set);
      value[name] = part.set === 'prerequisites' ? links : links.map(({ description: _description, ...task }) => task);
    }
  }
  return value as SectionOutput<K>;
}

export function toTaskDocument(row: TaskDocumentRow): TaskDocument {
  return {
    id: row.id,
    key: formatTaskKey(row.workspace.keyPrefix, row.number),
    number: row.number,
    title: row.title,
    status: row.status,
    assignee: row.assignee,
    assigneeName: row.assigneeName || null,
    feature: row.feature,
    sprint: row.sprint,
    estimatePoints: row.estimatePoints,
    estimateHours: row.estimateHours,
    reviewDate: toIsoDate(row.reviewDate),
    completionTarget: toIsoDate(row.completionTarget),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    completeness: completenessOf(row.filledSections),
    sections: Object.fromEntries(sectionKeys.map((key) => [key, readSection(row, key)])) as SectionOutputs,
    pendingLinks: row.pendingLinks.map(({ set, key, description, position }) => ({
      set: set as LinkSet,
      key,
      description,
      position,
    })),
  };
}
