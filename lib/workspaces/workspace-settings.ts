// Workspace rules set by its admins: which sections a task must have filled before it may move to In Progress,
// and which (in addition) before Done; how many tasks each board column may hold, and whether a move past that
// limit is warned about or refused.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { TaskStatus } from '@/lib/generated/prisma/enums';
import { sectionKeys } from '@/lib/tasks/sections';

const sectionList = z
  .array(z.enum(sectionKeys, { error: 'must be a section key of the task template' }))
  .max(sectionKeys.length)
  .transform((keys) => sectionKeys.filter((key) => keys.includes(key)));

const wipLimits = z.partialRecord(
  z.enum(TaskStatus),
  z.int({ error: 'must be a whole number of tasks' }).min(1, { error: 'must be at least 1' }).max(10_000),
);

export const workspaceSettingsInput = z.strictObject({
  requiredForInProgress: sectionList.optional(),
  requiredForDone: sectionList.optional(),
  wipLimits: wipLimits.optional().meta({ description: 'Most tasks per board column, e.g. `{"IN_PROGRESS": 5}`' }),
  wipMode: z.enum(['warn', 'refuse']).optional().meta({ description: 'Past a WIP limit, warn (default) or refuse' }),
});

export const workspaceSettingsSchema = z
  .object({
    requiredForInProgress: z.array(z.enum(sectionKeys)),
    requiredForDone: z.array(z.enum(sectionKeys)),
    wipLimits,
    wipMode: z.enum(['warn', 'refuse']),
  })
  .meta({ id: 'WorkspaceSettings' });
export type WorkspaceSettings = z.output<typeof workspaceSettingsSchema>;

const select = { requiredForInProgress: true, requiredForDone: true, wipLimits: true, wipMode: true } as const;

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
      summary: `Changed ${Object.keys(data).join(', ')}`,
    });
    return workspaceSettingsSchema.parse(updated);
  });
}
