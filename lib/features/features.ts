// Parent features: the larger pieces of work that tasks belong to.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { createUnique } from '@/lib/db/unique-violation';
import { ConflictError, NotFoundError, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { FeatureStatus } from '@/lib/generated/prisma/enums';
import { type OrderKey, type Page, pageArgs, pageQueryShape, toPage } from '@/lib/pagination';
import { isUuid, requiredLine } from '@/lib/schemas';

type Tx = Prisma.TransactionClient;

const featureFields = {
  name: requiredLine('Name', 200),
  description: z.string().max(20_000),
  status: z.enum(FeatureStatus, { error: `Status must be one of ${Object.values(FeatureStatus).join(', ')}` }),
};

export const featureCreateInput = z.strictObject({
  name: featureFields.name,
  description: featureFields.description.default(''),
  status: featureFields.status.default('PLANNED'),
});

export const featureUpdateInput = z
  .strictObject(featureFields)
  .partial()
  // A key given as undefined (a typed caller leaving a field out) changes nothing, so it does not count.
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: 'Nothing to update: give at least one field',
  });

export const featureListQuery = z.strictObject({ ...pageQueryShape });

const featureView = {
  id: true,
  name: true,
  description: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.FeatureSelect;
export type FeatureView = Prisma.FeatureGetPayload<{ select: typeof featureView }>;

const byName: OrderKey[] = [
  { field: 'name', direction: 'asc', type: 'text' },
  { field: 'id', direction: 'asc', type: 'uuid' },
];

const duplicateName = (name: string) => () => new ConflictError(`A feature named "${name}" already exists`);

async function findFeature(tx: Tx, principal: Principal, id: string): Promise<FeatureView> {
  const feature = isUuid(id)
    ? await tx.feature.findFirst({ where: { id, workspaceId: principal.workspaceId }, select: featureView })
    : null;
  if (!feature) throw new NotFoundError(`Feature ${id}`);
  return feature;
}

export async function createFeature(principal: Principal, input: z.input<typeof featureCreateInput>) {
  authorize(principal, 'managePlanning');
  const data = parseInput(featureCreateInput, input);
  const db = await prisma();
  return createUnique(
    () =>
      db.$transaction(async (tx) => {
        const feature = await tx.feature.create({
          data: { ...data, workspaceId: principal.workspaceId },
          select: featureView,
        });
        await recordAudit(tx, {
          ...actorOf(principal),
          action: 'feature.created',
          targetType: 'feature',
          targetId: feature.id,
          summary: feature.name,
        });
        return feature;
      }),
    duplicateName(data.name),
  );
}

/** The workspace's features by name, one page at a time. */
export async function listFeatures(
  principal: Principal,
  query: z.input<typeof featureListQuery> = {},
): Promise<Page<FeatureView>> {
  authorize(principal, 'read');
  const { limit, cursor } = parseInput(featureListQuery, query);
  const { where, ...page } = pageArgs(byName, limit, cursor);
  const rows = await (
    await prisma()
  ).feature.findMany({ ...page, where: { workspaceId: principal.workspaceId, ...where }, select: featureView });
  return toPage(rows, limit, byName);
}

export async function getFeature(principal: Principal, id: string): Promise<FeatureView> {
  authorize(principal, 'read');
  return findFeature(await prisma(), principal, id);
}

export async function updateFeature(principal: Principal, id: string, input: unknown): Promise<FeatureView> {
  authorize(principal, 'managePlanning');
  const data = parseInput(featureUpdateInput, input);
  const changed = Object.entries(data).flatMap(([field, value]) => (value === undefined ? [] : [field]));
  const db = await prisma();
  return createUnique(
    () =>
      db.$transaction(async (tx) => {
        await findFeature(tx, principal, id);
        const feature = await tx.feature.update({ where: { id }, data, select: featureView });
        await recordAudit(tx, {
          ...actorOf(principal),
          action: 'feature.updated',
          targetType: 'feature',
          targetId: id,
          summary: `Changed ${changed.join(', ')}`,
        });
        return feature;
      }),
    duplicateName(data.name ?? ''),
  );
}

/** Deletes a feature; its tasks stay and no longer belong to a feature. */
export async function deleteFeature(principal: Principal, id: string): Promise<void> {
  authorize(principal, 'managePlanning');
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const feature = await findFeature(tx, principal, id);
    await tx.feature.delete({ where: { id } });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'feature.deleted',
      targetType: 'feature',
      targetId: id,
      summary: feature.name,
    });
  });
}
