// /boards/{sprint} and /tasks/{key}/move: a sprint's (or the backlog's) board as compact cards, and moving a card.
import { z } from 'zod';

import { boardQuery, boardSchema, getBoard } from '@/lib/board/board';
import { moveInput, moveResultSchema, moveTask } from '@/lib/board/move-task';

import { defineRoute } from '../define-route';
import { taskParams } from './common';

const tag = 'Boards';

export const boardRoutes = [
  // GET /boards/{sprint}
  defineRoute({
    method: 'GET',
    path: '/boards/{sprint}',
    operationId: 'getBoard',
    summary: 'Get a sprint’s board',
    description: 'Every card of the sprint in one response, by status column in board order, with WIP limits.',
    tag,
    params: z.object({
      sprint: z
        .string()
        .min(1)
        .max(64)
        .meta({ description: 'A sprint id, `active` (the active sprint, else the next planned one) or `backlog`' }),
    }),
    query: boardQuery,
    response: { status: 200, description: 'The board', schema: boardSchema },
    handle: async ({ principal, params, query }) => ({ body: await getBoard(principal, params.sprint, query) }),
  }),
  // POST /tasks/{key}/move
  defineRoute({
    method: 'POST',
    path: '/tasks/{key}/move',
    operationId: 'moveTask',
    summary: 'Move a task on its board',
    description:
      'Sets its status and its place between two cards. The workspace’s rules apply: required sections and a hard WIP limit refuse (422); a soft WIP limit and unfinished blockers come back as warnings. A stale `version` answers 412 and moves nothing.',
    tag,
    params: taskParams,
    body: moveInput,
    response: { status: 200, description: 'The moved card and any warnings', schema: moveResultSchema },
    handle: async ({ principal, params, body }) => ({ body: await moveTask(principal, params.key, body) }),
  }),
];
