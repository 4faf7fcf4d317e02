// Turns the names and keys an imported document uses into the workspace's rows: the assignee by member name or
// email, the feature by name and the sprint by number (created when missing, if the caller may), and task keys.
// What cannot be resolved is kept as written and reported, never dropped.
import { can, type Principal } from '@/lib/auth/principal';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseTaskKey } from '@/lib/tasks/task-key';

import type { ParsedLink, ParsedTask, ParseIssue } from './parse-state';

type Tx = Prisma.TransactionClient;

export interface ResolvedReferences {
  assigneeId: string | null;
  assigneeName: string;
  featureId: string | null;
  sprintId: string | null;
  /** Links whose key names a task of the workspace, by that task's id. */
  links: Array<ParsedLink & { taskId: string }>;
  /** Links whose key names no task (yet), with their place in their set. */
  pending: Array<ParsedLink & { position: number }>;
}

async function resolveAssignee(tx: Tx, principal: Principal, written: string, warnings: ParseIssue[]) {
  const members = await tx.membership.findMany({
    where: {
      workspaceId: principal.workspaceId,
      user: {
        OR: [{ email: { equals: written, mode: 'insensitive' } }, { name: { equals: written, mode: 'insensitive' } }],
      },
    },
    select: { userId: true },
  });
  if (members.length === 1) return { assigneeId: members[0]?.userId ?? null, assigneeName: '' };
  warnings.push({
    line: 0,
    path: 'assignee',
    message:
      members.length === 0
        ? `No member is called "${written}"; kept as an unlinked assignee`
        : `Several members are called "${written}"; kept as an unlinked assignee (use an email to pick one)`,
  });
  return { assigneeId: null, assigneeName: written };
}

async function resolveFeature(tx: Tx, principal: Principal, name: string, warnings: ParseIssue[]) {
  const where = { workspaceId: principal.workspaceId, name: { equals: name, mode: 'insensitive' as const } };
  const found = await tx.feature.findFirst({ where, select: { id: true } });
  if (found) return found.id;
  if (!can(principal, 'managePlanning')) {
    warnings.push({
      line: 0,
      path: 'feature',
      message: `No feature "${name}", and only managers can create one; left unset`,
    });
    return null;
  }
  warnings.push({ line: 0, path: 'feature', message: `Created the feature "${name}"` });
  return (await tx.feature.create({ data: { workspaceId: principal.workspaceId, name }, select: { id: true } })).id;
}

async function resolveSprint(tx: Tx, principal: Principal, number: number, warnings: ParseIssue[]) {
  const found = await tx.sprint.findFirst({
    where: { workspaceId: principal.workspaceId, number },
    select: { id: true },
  });
  if (found) return found.id;
  if (!can(principal, 'managePlanning')) {
    warnings.push({
      line: 0,
      path: 'sprint',
      message: `No sprint ${number}, and only managers can create one; left unset`,
    });
    return null;
  }
  warnings.push({ line: 0, path: 'sprint', message: `Created sprint ${number}` });
  const data = { workspaceId: principal.workspaceId, number, name: `Sprint ${number}` };
  return (await tx.sprint.create({ data, select: { id: true } })).id;
}

async function resolveLinks(tx: Tx, principal: Principal, links: ParsedLink[], warnings: ParseIssue[]) {
  const numbers = links.flatMap((link) => {
    const key = parseTaskKey(link.key);
    return key ? [key.number] : [];
  });
  const tasks = await tx.task.findMany({
    where: { workspaceId: principal.workspaceId, number: { in: numbers } },
    select: { id: true, number: true, workspace: { select: { keyPrefix: true } } },
  });
  const byKey = new Map(tasks.map((task) => [`${task.workspace.keyPrefix}-${task.number}`, task.id]));
  const resolved: ResolvedReferences['links'] = [];
  const pending: ResolvedReferences['pending'] = [];
  const positions = new Map<string, number>();
  for (const link of links) {
    const position = positions.get(link.set) ?? 0;
    positions.set(link.set, position + 1);
    const taskId = byKey.get(link.key.toUpperCase());
    if (taskId) resolved.push({ ...link, taskId });
    else {
      pending.push({ ...link, position });
      warnings.push({
        line: 0,
        path: 'links',
        message: `No task ${link.key} yet; the link is kept and made once it exists`,
      });
    }
  }
  return { links: resolved, pending };
}

export async function resolveReferences(
  tx: Tx,
  principal: Principal,
  task: ParsedTask,
  warnings: ParseIssue[],
): Promise<ResolvedReferences> {
  const assignee = task.assignee
    ? await resolveAssignee(tx, principal, task.assignee, warnings)
    : { assigneeId: null, assigneeName: '' };
  return {
    ...assignee,
    featureId: task.feature ? await resolveFeature(tx, principal, task.feature, warnings) : null,
    sprintId: task.sprint !== null ? await resolveSprint(tx, principal, task.sprint, warnings) : null,
    ...(await resolveLinks(tx, principal, task.links, warnings)),
  };
}
