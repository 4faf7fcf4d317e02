// Parent features: the larger pieces of work that tasks belong to.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { createUnique } from '@/lib/db/unique-violation';
import { ConflictError, parseInput } from '@/lib/errors';
import { FeatureStatus } from '@/lib/generated/prisma/enums';
import { requiredLine } from '@/lib/schemas';

export const featureCreateInput = z.strictObject({
  name: requiredLine('Name', 200),
  description: z.string().max(20_000).default(''),
  status: z.enum(FeatureStatus).default('PLANNED'),
});

export async function createFeature(principal: Principal, input: z.input<typeof featureCreateInput>) {
  authorize(principal, 'managePlanning');
  const data = parseInput(featureCreateInput, input);
  const db = await prisma();
  return createUnique(
    () => db.feature.create({ data: { ...data, workspaceId: principal.workspaceId } }),
    () => new ConflictError(`A feature named "${data.name}" already exists`),
  );
}

export async function listFeatures(principal: Principal) {
  authorize(principal, 'read');
  return (await prisma()).feature.findMany({ where: { workspaceId: principal.workspaceId }, orderBy: { name: 'asc' } });
}
