// Every REST API route, in matching order: literal paths before the parameterised paths they would also match.
import type { RouteSpec } from '../define-route';
import { createOpenApiDocument } from '../openapi';
import { auditRoutes } from './audit-events';
import { boardRoutes } from './board';
import { exportRoutes } from './export';
import { featureRoutes } from './features';
import { linkRoutes } from './links';
import { markdownRoutes } from './markdown';
import { memberRoutes } from './members';
import { sectionItemRoutes } from './section-items';
import { sectionRoutes } from './sections';
import { sprintRoutes } from './sprints';
import { taskRoutes } from './tasks';
import { tokenRoutes } from './tokens';
import { workspaceRoutes } from './workspace';

const resourceRoutes: RouteSpec[] = [
  ...markdownRoutes,
  ...exportRoutes,
  ...taskRoutes,
  ...boardRoutes,
  ...sectionRoutes,
  ...linkRoutes,
  ...sectionItemRoutes,
  ...featureRoutes,
  ...sprintRoutes,
  ...memberRoutes,
  ...tokenRoutes,
  ...workspaceRoutes,
  ...auditRoutes,
];

let openApiDocument: ReturnType<typeof createOpenApiDocument> | undefined;

/** The API's OpenAPI document, generated once per process from the route table. */
export function getOpenApiDocument() {
  openApiDocument ??= createOpenApiDocument(apiRoutes);
  return openApiDocument;
}

const openApiRoute: RouteSpec = {
  method: 'GET',
  path: '/openapi.json',
  operationId: 'getOpenApiDocument',
  summary: 'This API’s OpenAPI 3.1 document',
  tag: 'Meta',
  isPublic: true,
  response: { status: 200, description: 'The OpenAPI document' },
  handle: async () => ({ body: getOpenApiDocument(), headers: { 'Cache-Control': 'public, max-age=300' } }),
};

export const apiRoutes: RouteSpec[] = [openApiRoute, ...resourceRoutes];
