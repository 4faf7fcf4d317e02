// /tasks/{key}/sections/{section}: every section of the template on its own, with its own ETag, so two people
// editing different sections of one task never conflict.
import { getTaskDocument } from '@/lib/tasks/get-task';
import { type SectionKey, sectionKeys, sectionRegistry, sectionSchemas, sectionSlug } from '@/lib/tasks/sections';
import { sectionOutputSchemas } from '@/lib/tasks/task-document-schema';
import { etagOf } from '@/lib/tasks/task-etag';
import { updateTaskSection } from '@/lib/tasks/update-task-section';

import { defineRoute } from '../define-route';
import { taskParams } from './common';

const tag = 'Sections';

function pascal(key: SectionKey): string {
  return key[0]?.toUpperCase() + key.slice(1);
}

export const sectionRoutes = sectionKeys.flatMap((key) => {
  const { title, group } = sectionRegistry[key];
  const path = `/tasks/{key}/sections/${sectionSlug(key)}`;
  const schema = sectionOutputSchemas[key];
  return [
    // GET /tasks/{key}/sections/{section}
    defineRoute({
      method: 'GET',
      path,
      operationId: `get${pascal(key)}`,
      summary: `Get ${title}`,
      description: `The ${title} section (${group}).`,
      tag,
      params: taskParams,
      response: { status: 200, description: title, schema },
      handle: async ({ principal, params }) => {
        const section = (await getTaskDocument(principal, params.key)).sections[key];
        return { body: section, etag: etagOf(section) };
      },
    }),
    // PUT /tasks/{key}/sections/{section} – replace the section; items keep their ids when sent with them
    defineRoute({
      method: 'PUT',
      path,
      operationId: `replace${pascal(key)}`,
      summary: `Replace ${title}`,
      description:
        'Items sent with their `id` are updated in place, items without one are added, items left out are removed. ' +
        'Requires If-Match with the section’s (or the whole task’s) ETag.',
      tag,
      params: taskParams,
      body: sectionSchemas[key],
      ifMatch: 'required',
      response: { status: 200, description: `The new ${title}`, schema },
      handle: async ({ principal, params, body, ifMatch }) => {
        const result = await updateTaskSection(principal, params.key, key, body, { ifMatch });
        return { body: result.section, etag: result.etag };
      },
    }),
  ];
});
