// The five routes of a plain workspace resource (list, create, get, change, delete), for features and sprints.
import { z } from 'zod';

import type { Principal } from '@/lib/auth/principal';
import type { Page } from '@/lib/pagination';

import { defineRoute } from '../define-route';
import { idParam, pageOf, pageResult } from './common';

interface Resource<T extends { id: string }> {
  tag: string;
  /** Collection path, e.g. `/features`. */
  path: string;
  /** Singular name for the docs, e.g. `Feature`. */
  name: string;
  output: z.ZodObject;
  listQuery: z.ZodObject;
  listDescription: string;
  createInput: z.ZodType;
  updateInput: z.ZodType;
  writeDescription: string;
  deleteDescription: string;
  list: (principal: Principal, query: never) => Promise<Page<T>>;
  create: (principal: Principal, input: never) => Promise<T>;
  get: (principal: Principal, id: string) => Promise<T>;
  update: (principal: Principal, id: string, input: unknown) => Promise<T>;
  remove: (principal: Principal, id: string) => Promise<void>;
}

export function crudRoutes<T extends { id: string }>(resource: Resource<T>) {
  const { tag, path, name } = resource;
  const lower = name.toLowerCase();
  const output = resource.output.meta({ id: name });
  const params = z.object({ id: idParam(lower) });
  return [
    defineRoute({
      method: 'GET',
      path,
      operationId: `list${name}s`,
      summary: `List ${lower}s`,
      tag,
      query: resource.listQuery,
      response: {
        status: 200,
        description: resource.listDescription,
        schema: pageOf(output, `${name}Page`),
        isPaged: true,
      },
      handle: async ({ principal, query }) => pageResult(await resource.list(principal, query as never)),
    }),
    defineRoute({
      method: 'POST',
      path,
      operationId: `create${name}`,
      summary: `Create a ${lower}`,
      description: resource.writeDescription,
      tag,
      body: resource.createInput,
      response: { status: 201, description: `The created ${lower}`, schema: output },
      handle: async ({ principal, body }) => {
        const created = await resource.create(principal, body as never);
        return { body: created, location: `${path}/${created.id}` };
      },
    }),
    defineRoute({
      method: 'GET',
      path: `${path}/{id}`,
      operationId: `get${name}`,
      summary: `Get a ${lower}`,
      tag,
      params,
      response: { status: 200, description: `The ${lower}`, schema: output },
      handle: async ({ principal, params: { id } }) => ({ body: await resource.get(principal, id) }),
    }),
    defineRoute({
      method: 'PATCH',
      path: `${path}/{id}`,
      operationId: `update${name}`,
      summary: `Change a ${lower}`,
      description: `${resource.writeDescription} Fields left out keep their values.`,
      tag,
      params,
      body: resource.updateInput,
      response: { status: 200, description: `The changed ${lower}`, schema: output },
      handle: async ({ principal, params: { id }, body }) => ({ body: await resource.update(principal, id, body) }),
    }),
    defineRoute({
      method: 'DELETE',
      path: `${path}/{id}`,
      operationId: `delete${name}`,
      summary: `Delete a ${lower}`,
      description: resource.deleteDescription,
      tag,
      params,
      response: { status: 204, description: 'Deleted' },
      handle: async ({ principal, params: { id } }) => {
        await resource.remove(principal, id);
        return {};
      },
    }),
  ];
}
