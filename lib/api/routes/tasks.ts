// /tasks: list, create, read, change and delete tasks; the whole document in one resource.
import { createTask } from '@/lib/tasks/create-task';
import { deleteTask } from '@/lib/tasks/delete-task';
import { findTasks, taskListQuery } from '@/lib/tasks/find-tasks';
import { getTaskDocument } from '@/lib/tasks/get-task';
import { taskDocumentOutput, taskListItemOutput } from '@/lib/tasks/task-document-schema';
import { etagOf } from '@/lib/tasks/task-etag';
import { taskCreateInput, taskUpdateInput } from '@/lib/tasks/task-schemas';
import { updateTask } from '@/lib/tasks/update-task';

import { defineRoute } from '../define-route';
import { pageOf, pageResult, taskParams } from './common';

const tag = 'Tasks';

export const taskRoutes = [
  // GET /tasks – a page of the workspace's tasks
  defineRoute({
    method: 'GET',
    path: '/tasks',
    operationId: 'listTasks',
    summary: 'List tasks',
    description: 'Filtered, sorted from an allowlist and paged by cursor; each row is a summary, not the document.',
    tag,
    query: taskListQuery,
    response: {
      status: 200,
      description: 'A page of tasks',
      schema: pageOf(taskListItemOutput, 'TaskPage'),
      isPaged: true,
    },
    handle: async ({ principal, query }) => pageResult(await findTasks(principal, query)),
  }),
  // POST /tasks – create a task, with as much of its document as given
  defineRoute({
    method: 'POST',
    path: '/tasks',
    operationId: 'createTask',
    summary: 'Create a task',
    description: 'Sections left out start empty, except the template’s default checklists.',
    tag,
    body: taskCreateInput,
    response: { status: 201, description: 'The created task', schema: taskDocumentOutput },
    handle: async ({ principal, body }) => {
      const task = await createTask(principal, body);
      return { body: task, etag: etagOf(task), location: `/tasks/${task.key}` };
    },
  }),
  // GET /tasks/{key} – the whole document
  defineRoute({
    method: 'GET',
    path: '/tasks/{key}',
    operationId: 'getTask',
    summary: 'Get a task’s whole document',
    tag,
    params: taskParams,
    response: { status: 200, description: 'The task document', schema: taskDocumentOutput },
    handle: async ({ principal, params }) => {
      const task = await getTaskDocument(principal, params.key);
      return { body: task, etag: etagOf(task) };
    },
  }),
  // PATCH /tasks/{key} – change metadata (status, assignee, sprint, …)
  defineRoute({
    method: 'PATCH',
    path: '/tasks/{key}',
    operationId: 'updateTask',
    summary: 'Change a task’s metadata',
    description: 'Title, status, assignee, feature, sprint, estimates and dates; sections have their own endpoints.',
    tag,
    params: taskParams,
    body: taskUpdateInput,
    ifMatch: 'optional',
    response: { status: 200, description: 'The updated task', schema: taskDocumentOutput },
    handle: async ({ principal, params, body, ifMatch }) => {
      const task = await updateTask(principal, params.key, body, { ifMatch });
      return { body: task, etag: etagOf(task) };
    },
  }),
  // DELETE /tasks/{key}
  defineRoute({
    method: 'DELETE',
    path: '/tasks/{key}',
    operationId: 'deleteTask',
    summary: 'Delete a task',
    tag,
    params: taskParams,
    ifMatch: 'optional',
    response: { status: 204, description: 'Deleted' },
    handle: async ({ principal, params, ifMatch }) => {
      await deleteTask(principal, params.key, { ifMatch });
      return {};
    },
  }),
];
