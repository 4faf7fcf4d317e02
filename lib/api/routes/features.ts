// /features: the larger pieces of work tasks belong to.
import { z } from 'zod';

import {
  createFeature,
  deleteFeature,
  featureCreateInput,
  featureListQuery,
  featureUpdateInput,
  getFeature,
  listFeatures,
  updateFeature,
} from '@/lib/features/features';
import { FeatureStatus } from '@/lib/generated/prisma/enums';

import { crudRoutes } from './crud';

export const featureRoutes = crudRoutes({
  tag: 'Features',
  path: '/features',
  name: 'Feature',
  output: z.object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    status: z.enum(FeatureStatus),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
  listQuery: featureListQuery,
  listDescription: 'A page of features, by name',
  createInput: featureCreateInput,
  updateInput: featureUpdateInput,
  writeDescription: 'Managers and admins.',
  deleteDescription: 'Its tasks are kept and no longer belong to a feature.',
  list: listFeatures,
  create: createFeature,
  get: getFeature,
  update: updateFeature,
  remove: deleteFeature,
});
