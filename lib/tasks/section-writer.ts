// Writes one section of a task inside the caller's transaction and reports whether anything changed, so the
// task's version and updatedAt move only on real edits. List items keep their ids across saves.
import { parseInput, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

import {
  listRelations,
  type PartDescriptor,
  type SectionKey,
  sectionKeys,
  sectionParts,
  sectionsInput,
  type SectionValue,
} from './sections';
import { readLinks, type TaskDocumentRow } from './task-document';
import { assertNoCycle, linkFor, lockWorkspaceLinks } from './task-links';
import { tasksChanged } from './tasks-changed';

type Tx = Prisma.TransactionClient;
type ListPart = Extract<PartDescriptor, { type: 'list' }>;
type LinksPart = Extract<PartDescriptor, { type: 'links' }>;
type Item = Record<string, unknown> & { id?: string };

/** Minimal shape of the generated delegates for child-row models; they differ only in their content fields. */
interface ListDelegate {
  deleteMany(args: { where: object }): Promise<unknown>;
  createMany(args: { data: object[] }): Promise<unknown>;
  update(args: { where: { id: string }; data: object }): Promise<unknown>;
}

function sameFields(a: Item, b: Item, fields: string[]): boolean {
  return fields.every((field) => a[field] === b[field]);
}

async function writeList(
  tx: Tx,
  row: TaskDocumentRow,
  part: ListPart,
  items: Item[],
  path: string[],
): Promise<boolean> {
  const current = (row[part.relation] as Item[]).filter((item) => !part.kind || item.kind === part.kind);
  const byId = new Map(current.map((item) => [item.id as string, item]));
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    if (!byId.has(item.id) || seen.has(item.id)) {
      throw new ValidationError([
        { path: [...path, String(index), 'id'].join('.'), message: 'No such item in this section' },
      ]);
    }
    seen.add(item.id);
  });
  const unchanged =
    items.length === current.length &&
    items.every((item, index) => {
      const existing = current[index] as Item;
      return (item.id === undefined || item.id === existing.id) && sameFields(item, existing, part.fields);
    });
  if (unchanged) return false;

  const delegate = tx[listRelations[part.relation]] as unknown as ListDelegate;
  const scope = { taskId: row.id, ...(part.kind ? { kind: part.kind } : {}) };
  const removed = current.filter((item) => !seen.has(item.id as string)).map((item) => item.id as string);
  if (removed.length > 0) await delegate.deleteMany({ where: { ...scope, id: { in: removed } } });
  const content = (item: Item) => Object.fromEntries(part.fields.map((field) => [field, item[field]]));
  const created: object[] = [];
  for (const [position, item] of items.entries()) {
    if (item.id === undefined) {
      created.push({ ...scope, ...content(item), position });
      continue;
    }
    const existing = byId.get(item.id) as Item;
    if (existing.position !== position || !sameFields(item, existing, part.fields)) {
      await delegate.update({ where: { id: item.id }, data: { ...content(item), position } });
    }
  }
  if (created.length > 0) await delegate.createMany({ data: created });
  return true;
}

type LinkInput = { taskId: string; description: string };

async function writeLinks(
  tx: Tx,
  row: TaskDocumentRow,
  part: LinksPart,
  input: LinkInput[],
  path: string[],
): Promise<boolean> {
  const current = readLinks(row, part.set);
  const unchanged =
    input.length === current.length &&
    input.every(
      (link, index) => link.taskId === current[index]?.taskId && link.description === current[index]?.description,
    );
  if (unchanged) return false;

  const ids = input.map((link) => link.taskId);
  const found = await tx.task.findMany({
    where: { id: { in: ids }, workspaceId: row.workspaceId },
    select: { id: true },
  });
  const valid = new Set(found.map((task) => task.id));
  input.forEach((link, index) => {
    const at = [...path, String(index)].join('.');
    if (!valid.has(link.taskId))
      throw new ValidationError([{ path: at, message: 'No task with this id in this workspace' }]);
    if (link.taskId === row.id) throw new ValidationError([{ path: at, message: 'A task cannot link to itself' }]);
    if (ids.indexOf(link.taskId) !== index)
      throw new ValidationError([{ path: at, message: 'This task is listed twice' }]);
  });

  await lockWorkspaceLinks(tx, row.workspaceId);
  const wanted = new Set(ids);
  const dropped = current.filter((link) => !wanted.has(link.taskId));
  for (const link of dropped) {
    const stored = linkFor(part.set, row.id, link.taskId);
    // Related links are stored once, in whichever direction they were made.
    const pairs =
      stored.kind === 'RELATED'
        ? [
            { fromTaskId: row.id, toTaskId: link.taskId },
            { fromTaskId: link.taskId, toTaskId: row.id },
          ]
        : [{ fromTaskId: stored.fromTaskId, toTaskId: stored.toTaskId }];
    await tx.taskLink.deleteMany({ where: { kind: stored.kind, OR: pairs } });
  }
  const existing = new Set(current.map((link) => link.taskId));
  for (const [position, link] of input.entries()) {
    const stored = linkFor(part.set, row.id, link.taskId);
    if (existing.has(link.taskId)) {
      if (stored.kind !== 'RELATED') {
        await tx.taskLink.update({
          where: { fromTaskId_toTaskId_kind: stored },
          data: { description: link.description, position },
        });
      }
      continue;
    }
    await assertNoCycle(tx, row.workspaceId, stored, [...path, String(position)]);
    await tx.taskLink.create({
      data: { ...stored, workspaceId: row.workspaceId, description: link.description, position },
    });
  }
  // The tasks at the other end show these links in their own sections.
  const added = ids.filter((id) => !existing.has(id));
  await tasksChanged(tx, [...dropped.map((link) => link.taskId), ...added]);
  return true;
}

/**
 * Applies `value` (already parsed by the section's schema) to the task. Returns the Task column updates the caller
 * must include in its own update, and whether child rows or links changed.
 */
export async function writeSection<K extends SectionKey>(
  tx: Tx,
  row: TaskDocumentRow,
  key: K,
  value: SectionValue<K>,
  path: string[] = ['sections', key],
): Promise<{ columns: Record<string, string>; changed: boolean }> {
  const columns: Record<string, string> = {};
  let changed = false;
  const values = value as Record<string, unknown>;
  for (const [name, part] of sectionParts(key)) {
    const partValue = values[name];
    if (part.type === 'text') {
      if (row[part.column as keyof TaskDocumentRow] !== partValue) columns[part.column] = partValue as string;
    } else if (part.type === 'list') {
      changed = (await writeList(tx, row, part, partValue as Item[], [...path, name])) || changed;
    } else {
      const links =
        part.set === 'prerequisites'
          ? (partValue as LinkInput[])
          : (partValue as string[]).map((taskId) => ({ taskId, description: '' }));
      changed = (await writeLinks(tx, row, part, links, [...path, name])) || changed;
    }
  }
  return { columns, changed: changed || Object.keys(columns).length > 0 };
}

/**
 * Writes every section present in `input` (validated here with the sections schema). Returns whether anything
 * changed; the caller decides what a change means for the task's version.
 */
export async function writeTaskSections(tx: Tx, row: TaskDocumentRow, input: unknown): Promise<boolean> {
  const sections = parseInput(sectionsInput, input, ['sections']);
  const columns: Record<string, string> = {};
  let changed = false;
  for (const key of sectionKeys) {
    const value = sections[key];
    if (value === undefined) continue;
    const result = await writeSection(tx, row, key, value);
    Object.assign(columns, result.columns);
    changed = result.changed || changed;
  }
  if (Object.keys(columns).length > 0) await tx.task.update({ where: { id: row.id }, data: columns });
  return changed;
}
