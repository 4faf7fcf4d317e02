// Tasks as Markdown documents in the template's format: import one, read one, replace one (how an agent or an
// editor edits a task as a file).
import { z } from 'zod';

import { importTaskMarkdown, replaceTaskFromMarkdown } from '@/lib/tasks/import-task';
import { taskDocumentOutput } from '@/lib/tasks/task-document-schema';
import { etagOf } from '@/lib/tasks/task-etag';
import { getTaskMarkdown } from '@/lib/tasks/task-markdown';

import { defineRoute } from '../define-route';
import { taskParams } from './common';

const tag = 'Markdown';
const MARKDOWN = 'text/markdown; charset=utf-8';
const document = z.string().meta({ description: 'One task in the format of the implementation-task template' });
const warning = z.object({
  line: z.number().int().meta({ description: 'Line in the document; 0 for the document as a whole' }),
  path: z.string(),
  message: z.string(),
});
const imported = z.object({ task: taskDocumentOutput, warnings: z.array(warning) }).meta({ id: 'ImportResult' });
const flag = z.enum(['true', 'false']).optional();

export const markdownRoutes = [
  // POST /tasks/import – create a task from a Markdown document
  defineRoute({
    method: 'POST',
    path: '/tasks/import',
    operationId: 'importTask',
    summary: 'Import a task from Markdown',
    description:
      'Members and features are matched by name, sprints by number, tasks by key; what does not resolve is kept ' +
      'and listed in `warnings`. With `dryRun=true` nothing is written and the answer is 200.',
    tag,
    query: z.strictObject({ dryRun: flag }),
    body: document,
    bodyType: 'markdown',
    response: { status: 201, description: 'The created task and the warnings', schema: imported },
    handle: async ({ principal, query, body }) => {
      const dryRun = query.dryRun === 'true';
      const result = await importTaskMarkdown(principal, String(body), { dryRun });
      return dryRun
        ? { status: 200, body: result }
        : { body: result, etag: etagOf(result.task), location: `/tasks/${result.task.key}` };
    },
  }),
  // GET /tasks/{key}/markdown
  defineRoute({
    method: 'GET',
    path: '/tasks/{key}/markdown',
    operationId: 'getTaskMarkdown',
    summary: 'Get a task as Markdown',
    description: 'With `download=true` the response is an attachment named after the task (`TASK-41.md`).',
    tag,
    params: taskParams,
    query: z.strictObject({ download: flag }),
    response: { status: 200, description: 'The document', schema: document, contentType: MARKDOWN },
    handle: async ({ principal, params, query }) => {
      const { markdown, etag, key } = await getTaskMarkdown(principal, params.key);
      const headers: Record<string, string> =
        query.download === 'true' ? { 'Content-Disposition': `attachment; filename="${key}.md"` } : {};
      return { text: markdown, contentType: MARKDOWN, etag, headers };
    },
  }),
  // PUT /tasks/{key}/markdown – replace the whole document
  defineRoute({
    method: 'PUT',
    path: '/tasks/{key}/markdown',
    operationId: 'replaceTaskMarkdown',
    summary: 'Replace a task from Markdown',
    description:
      'Replaces the metadata and every section; sections the document leaves out are emptied. Requires If-Match ' +
      'with the ETag of the Markdown (or of the task) you read.',
    tag,
    params: taskParams,
    body: document,
    bodyType: 'markdown',
    ifMatch: 'required',
    response: { status: 200, description: 'The updated task and the warnings', schema: imported },
    handle: async ({ principal, params, body, ifMatch }) => {
      const { task, warnings, etag } = await replaceTaskFromMarkdown(principal, params.key, String(body), { ifMatch });
      return { body: { task, warnings }, etag };
    },
  }),
];
