// /api/v1/* – the REST API. One catch-all: the route table in lib/api/routes does the routing, so the OpenAPI
// document and the routes cannot drift apart.
import { handleApiRequest } from '@/lib/api/handle-api-request';

export const dynamic = 'force-dynamic';

export {
  handleApiRequest as DELETE,
  handleApiRequest as GET,
  handleApiRequest as HEAD,
  handleApiRequest as PATCH,
  handleApiRequest as POST,
  handleApiRequest as PUT,
};
