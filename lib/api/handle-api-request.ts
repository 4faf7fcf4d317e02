import { createRouter } from './router';
import { apiRoutes } from './routes';

/** Answers any request under /api/v1. */
export const handleApiRequest = createRouter(apiRoutes);
