// /tasks/{key}/{list}: one item of a list section at a time (add, change, remove, reorder), e.g.
// /tasks/TASK-41/acceptance-criteria/{id}. Every change answers the section's new ETag.
import { z } from 'zod';

import { getTaskDocument } from '@/lib/tasks/get-task';
import { itemCollections } from '@/lib/tasks/item-collections';
import { itemVariant } from '@/lib/tasks/section-items';
import { etagOf } from '@/lib/tasks/task-etag';
import {
  addSectionItem,
  itemInput,
  itemOrderInput,
  removeSectionItem,
  reorderSectionItems,
  updateSectionItem,
} from '@/lib/tasks/update-section-items';

import { defineRoute } from '../define-route';
import { idParam, taskRef } from './common';

const tag = 'Section items';

function pascal(slug: string): string {
  return slug.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

export const sectionItemRoutes = itemCollections.flatMap((collection) => {
  const path = `/tasks/{key}/${collection.slug}`;
  const name = pascal(collection.slug);
  const item = itemVariant(collection.item, 'withId');
  const items = z.object({ data: z.array(item) });
  const params = z.object({ key: taskRef });
  const itemParams = z.object({ key: taskRef, itemId: idParam('item') });
  const itemsOf = async (principal: Parameters<typeof getTaskDocument>[0], key: string) => {
    const section = (await getTaskDocument(principal, key)).sections[collection.section] as Record<string, unknown>;
    return { items: section[collection.part] as unknown[], section };
  };
  return [
    // GET /tasks/{key}/{list}
    defineRoute({
      method: 'GET',
      path,
      operationId: `list${name}`,
      summary: `List ${collection.title}`,
      description: 'The ETag is the section’s: use it for the item endpoints’ If-Match.',
      tag,
      params,
      response: { status: 200, description: 'The items, in order', schema: items },
      handle: async ({ principal, params: { key } }) => {
        const { items: data, section } = await itemsOf(principal, key);
        return { body: { data }, etag: etagOf(section) };
      },
    }),
    // POST /tasks/{key}/{list} – add an item at the end
    defineRoute({
      method: 'POST',
      path,
      operationId: `add${name}`,
      summary: `Add to ${collection.title}`,
      tag,
      params,
      body: itemInput(collection),
      ifMatch: 'optional',
      response: { status: 201, description: 'The new item', schema: item },
      handle: async ({ principal, params: { key }, body, ifMatch }) => {
        const result = await addSectionItem(principal, key, collection, body, { ifMatch });
        return { body: result.item, etag: result.etag, location: `/tasks/${key}/${collection.slug}/${result.item.id}` };
      },
    }),
    // PUT /tasks/{key}/{list}/order – reorder
    defineRoute({
      method: 'PUT',
      path: `${path}/order`,
      operationId: `reorder${name}`,
      summary: `Reorder ${collection.title}`,
      description: '`ids` must name every item of the list exactly once, in the new order.',
      tag,
      params,
      body: itemOrderInput,
      ifMatch: 'optional',
      response: { status: 200, description: 'The items in their new order', schema: items },
      handle: async ({ principal, params: { key }, body, ifMatch }) => {
        const result = await reorderSectionItems(principal, key, collection, body, { ifMatch });
        return { body: { data: result.items }, etag: result.etag };
      },
    }),
    // PATCH /tasks/{key}/{list}/{itemId} – change some fields of one item
    defineRoute({
      method: 'PATCH',
      path: `${path}/{itemId}`,
      operationId: `update${name}`,
      summary: `Change an item of ${collection.title}`,
      description: 'Fields left out keep their values.',
      tag,
      params: itemParams,
      body: itemVariant(collection.item, 'patch'),
      ifMatch: 'optional',
      response: { status: 200, description: 'The changed item', schema: item },
      handle: async ({ principal, params: { key, itemId }, body, ifMatch }) => {
        const result = await updateSectionItem(principal, key, collection, itemId, body, { ifMatch });
        return { body: result.item, etag: result.etag };
      },
    }),
    // DELETE /tasks/{key}/{list}/{itemId}
    defineRoute({
      method: 'DELETE',
      path: `${path}/{itemId}`,
      operationId: `remove${name}`,
      summary: `Remove an item of ${collection.title}`,
      tag,
      params: itemParams,
      ifMatch: 'optional',
      response: { status: 204, description: 'Removed' },
      handle: async ({ principal, params: { key, itemId }, ifMatch }) => {
        const result = await removeSectionItem(principal, key, collection, itemId, { ifMatch });
        return { etag: result.etag };
      },
    }),
  ];
});
