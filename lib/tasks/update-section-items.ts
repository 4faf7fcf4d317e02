// Item-level edits of a list section: add, change, remove and reorder one item without sending the whole section.
// Each is a rewrite of the section under the task's lock, so it shares the section's ETag and rules.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { NotFoundError, parseInput, ValidationError } from '@/lib/errors';

import type { ItemCollection } from './item-collections';
import { sectionInputOf } from './section-input';
import { itemVariant, MAX_ITEMS } from './section-items';
import type { SectionKey, SectionValue } from './sections';
import type { SectionOutput } from './task-document';
import type { WriteOptions } from './update-task';
import { replaceSection } from './update-task-section';

type Item = Record<string, unknown> & { id: string };

export interface ItemResult {
  item: Item;
  /** The section's ETag after the write. */
  etag: string;
}

export const itemOrderInput = z.strictObject({
  ids: z.array(z.uuid({ error: 'must be the id of an item' })).max(MAX_ITEMS),
});

/** The item's own fields, without `id`: the body of adding or changing one item. */
export function itemInput(collection: ItemCollection) {
  return itemVariant(collection.item, 'withoutId');
}

async function rewriteItems(
  principal: Principal,
  ref: string,
  collection: ItemCollection,
  change: (items: Item[]) => Array<Record<string, unknown>>,
  options: WriteOptions,
) {
  authorize(principal, 'writeTasks');
  const { section, part } = collection;
  return replaceSection(
    principal,
    ref,
    section,
    (current: SectionOutput<SectionKey>) => {
      const items = (current as Record<string, Item[]>)[part] ?? [];
      return { ...sectionInputOf(section, current), [part]: change(items) } as SectionValue<SectionKey>;
    },
    options,
  );
}

function itemsOf(result: { section: unknown }, collection: ItemCollection): Item[] {
  return (result.section as Record<string, Item[]>)[collection.part] ?? [];
}

function findItem(items: Item[], itemId: string, collection: ItemCollection): Item {
  const item = items.find((candidate) => candidate.id === itemId);
  if (!item) throw new NotFoundError(`Item ${itemId} of ${collection.title}`);
  return item;
}

export async function addSectionItem(
  principal: Principal,
  ref: string,
  collection: ItemCollection,
  input: unknown,
  options: WriteOptions = {},
): Promise<ItemResult> {
  authorize(principal, 'writeTasks');
  const item = parseInput(itemInput(collection), input);
  const result = await rewriteItems(
    principal,
    ref,
    collection,
    (items) => {
      if (items.length >= MAX_ITEMS) {
        throw new ValidationError([], `${collection.title} already holds the most items a section can: ${MAX_ITEMS}.`);
      }
      return [...items, item];
    },
    options,
  );
  const items = itemsOf(result, collection);
  return { item: items[items.length - 1] as Item, etag: result.etag };
}

/** Changes the fields the caller gives; the others keep their values. */
export async function updateSectionItem(
  principal: Principal,
  ref: string,
  collection: ItemCollection,
  itemId: string,
  input: unknown,
  options: WriteOptions = {},
): Promise<ItemResult> {
  authorize(principal, 'writeTasks');
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError([{ path: '', message: 'must be an object with the fields to change' }]);
  }
  const result = await rewriteItems(
    principal,
    ref,
    collection,
    (items) => {
      const { id, ...fields } = findItem(items, itemId, collection);
      const changed = parseInput(itemInput(collection), { ...fields, ...input });
      return items.map((item) => (item.id === itemId ? { ...changed, id } : item));
    },
    options,
  );
  return { item: findItem(itemsOf(result, collection), itemId, collection), etag: result.etag };
}

export async function removeSectionItem(
  principal: Principal,
  ref: string,
  collection: ItemCollection,
  itemId: string,
  options: WriteOptions = {},
): Promise<{ etag: string }> {
  const result = await rewriteItems(
    principal,
    ref,
    collection,
    (items) => {
      findItem(items, itemId, collection);
      return items.filter((item) => item.id !== itemId);
    },
    options,
  );
  return { etag: result.etag };
}

/** Puts the items in the order of `ids`, which must name every item of the list exactly once. */
export async function reorderSectionItems(
  principal: Principal,
  ref: string,
  collection: ItemCollection,
  input: unknown,
  options: WriteOptions = {},
): Promise<{ items: Item[]; etag: string }> {
  authorize(principal, 'writeTasks');
  const { ids } = parseInput(itemOrderInput, input);
  const result = await rewriteItems(
    principal,
    ref,
    collection,
    (items) => {
      const byId = new Map(items.map((item) => [item.id, item]));
      if (ids.length !== items.length || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
        throw new ValidationError([
          { path: 'ids', message: `must list each of the ${items.length} items of ${collection.title} exactly once` },
        ]);
      }
      return ids.map((id) => byId.get(id) as Item);
    },
    options,
  );
  return { items: itemsOf(result, collection), etag: result.etag };
}
