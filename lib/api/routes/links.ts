// /tasks/{key}/links: one link at a time between two tasks. The links also appear in the Prerequisite Tasks and
// Related Tasks sections, whose ETags these endpoints answer with.
import { z } from 'zod';

import { getTaskDocument } from '@/lib/tasks/get-task';
import { linkedTaskOutput } from '@/lib/tasks/task-document-schema';
import { addTaskLink, linkTypes, removeTaskLink, taskLinkInput } from '@/lib/tasks/update-task-links';

import { defineRoute } from '../define-route';
import { taskParams, taskRef } from './common';

const tag = 'Links';

const taskLinks = z
  .object({
    prerequisites: z.array(linkedTaskOutput.extend({ description: z.string() })),
    blocks: z.array(linkedTaskOutput),
    blockedBy: z.array(linkedTaskOutput),
    related: z.array(linkedTaskOutput),
  })
  .meta({ id: 'TaskLinks' });
const linkSet = z.object({ data: z.array(linkedTaskOutput) });

export const linkRoutes = [
  // GET /tasks/{key}/links – every link of the task, by type
  defineRoute({
    method: 'GET',
    path: '/tasks/{key}/links',
    operationId: 'listTaskLinks',
    summary: 'List a task’s links',
    tag,
    params: taskParams,
    response: { status: 200, description: 'Links by type', schema: taskLinks },
    handle: async ({ principal, params }) => {
      const { sections } = await getTaskDocument(principal, params.key);
      return { body: { prerequisites: sections.prerequisiteTasks.items, ...sections.relatedTasks } };
    },
  }),
  // POST /tasks/{key}/links – link another task
  defineRoute({
    method: 'POST',
    path: '/tasks/{key}/links',
    operationId: 'addTaskLink',
    summary: 'Link another task',
    description:
      '`prerequisite`: the other task must finish first (with a description); `blocks` / `blocked-by`; `related`. ' +
      'A link that would close a dependency cycle answers 422 naming the cycle.',
    tag,
    params: taskParams,
    body: taskLinkInput,
    ifMatch: 'optional',
    response: { status: 201, description: 'The task’s links of that type', schema: linkSet },
    handle: async ({ principal, params, body, ifMatch }) => {
      const result = await addTaskLink(principal, params.key, body, { ifMatch });
      return { body: { data: result.links }, etag: result.etag };
    },
  }),
  // DELETE /tasks/{key}/links/{type}/{task}
  defineRoute({
    method: 'DELETE',
    path: '/tasks/{key}/links/{type}/{task}',
    operationId: 'removeTaskLink',
    summary: 'Remove a link',
    tag,
    params: z.object({ key: taskRef, type: z.enum(linkTypes), task: taskRef }),
    ifMatch: 'optional',
    response: { status: 204, description: 'Removed' },
    handle: async ({ principal, params, ifMatch }) => {
      const result = await removeTaskLink(principal, params.key, params.type, params.task, { ifMatch });
      return { etag: result.etag };
    },
  }),
];
