import { readdirSync } from 'node:fs';
import path from 'node:path';

import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';

import { apiRoutes } from '@/lib/api/routes';
import { itemCollections } from '@/lib/tasks/item-collections';
import { sectionKeys, sectionSlug } from '@/lib/tasks/sections';

import { rawRequest } from '../helpers/api-client';
import { useTestDatabase } from '../helpers/test-database';

useTestDatabase();

async function openApiDocument() {
  const reply = await rawRequest('GET', '/openapi.json');
  expect(reply.status).toBe(200);
  return reply.body;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

describe('OpenAPI document', () => {
  it('is served without credentials and validates as OpenAPI 3.1', async () => {
    const document = await openApiDocument();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route the API answers, and nothing else', async () => {
    const document = await openApiDocument();
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(([route, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`),
    );
    const served = apiRoutes.map((route) => `${route.method} ${route.path}`);
    expect(new Set(documented)).toEqual(new Set(served));
    expect(served).toHaveLength(new Set(served).size);
  });

  it('lists every template section and every list section’s item endpoints', async () => {
    const { paths } = await openApiDocument();
    for (const key of sectionKeys) {
      expect(Object.keys(paths[`/tasks/{key}/sections/${sectionSlug(key)}`])).toEqual(['get', 'put']);
    }
    for (const collection of itemCollections) {
      expect(paths[`/tasks/{key}/${collection.slug}`]?.post, collection.slug).toBeDefined();
      expect(paths[`/tasks/{key}/${collection.slug}/{itemId}`]?.patch, collection.slug).toBeDefined();
      expect(paths[`/tasks/{key}/${collection.slug}/order`]?.put, collection.slug).toBeDefined();
    }
  });

  it('has no HTTP route under /api/v1 outside the route table', () => {
    const files = routeFiles(path.join(process.cwd(), 'app/api/v1')).map((file) => path.relative(process.cwd(), file));
    expect(files).toEqual([path.join('app/api/v1/[...path]/route.ts')]);
  });
});
