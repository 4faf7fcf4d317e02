// Workspace rules set by its admins: which sections a task must have filled before it may move to In Progress,
// and which (in addition) before Done.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { sectionKeys } from '@/lib/tasks/sections';

const sectionList = z
  .array(z.enum(sectionKeys, { error: 'must be a section key of the task template' }))
  .max(sectionKeys.length)
  .transform((keys) => sectionKeys.filter((key) => keys.includes(key)));

export const workspaceSettingsInput = z.strictObject({
  requiredForInProgress: sectionList.optional(),
  requiredForDone: sectionList.optional(),
});

export const workspaceSettingsSchema = z
  .object({
    requiredForInProgress: z.array(z.enum(sectionKeys)),
    requiredForDone: z.array(z.enum(sectionKeys)),
  })
  .meta({ id: 'WorkspaceSettings' });
export type WorkspaceSettings = z.output<typeof workspaceSettingsSchema>;

const select = { requiredForInProgress: true, requiredForDone: true } as const;

export async function getWorkspaceSettings(principal: Principal): Promise<WorkspaceSettings> {
  authorize(principal, 'read');
  const db = await prisma();
  return workspaceSettingsSchema.parse(
    await db.workspace.findUniqueOrThrow({ where: { id: principal.workspaceId }, select }),
  );
}

export async function updateWorkspaceSettings(principal: Principal, input: unknown): Promise<WorkspaceSettings> {
  authorize(principal, 'administer');
  const data = parseInput(workspaceSettingsInput, input);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const updated = await tx.workspace.update({ where: { id: principal.workspaceId }, data, select });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'workspace.settings_changed',
      targetType: 'workspace',
      targetId: principal.workspaceId,
      summary: `Required before In Progress: ${updated.requiredForInProgress.join(', ') || 'nothing'}; before Done: ${updated.requiredForDone.join(', ') || 'nothing'}`,
    });
    return workspaceSettingsSchema.parse(updated);
  });
}
