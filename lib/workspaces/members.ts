// Workspace membership: who belongs, with which role. Removing a member or lowering a role takes effect on that
// person's next request, because principals are resolved from the membership on every request.
import { z } from 'zod';

import { actorOf, recordAudit } from '@/lib/audit/audit';
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { ConflictError, NotFoundError, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { Role } from '@/lib/generated/prisma/enums';
import { type OrderKey, type Page, pageArgs, pageQueryShape, toPage } from '@/lib/pagination';
import { isUuid } from '@/lib/schemas';

type Tx = Prisma.TransactionClient;

export const roleChangeInput = z.strictObject({
  role: z.enum(Role, { error: 'Role must be ADMIN, MANAGER, MEMBER or VIEWER' }),
});

export const memberListQuery = z.strictObject({ ...pageQueryShape });

const memberSelect = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true, isDisabled: true } },
} as const satisfies Prisma.MembershipSelect;
type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

/** A member as pages and the API show them: the user (id = user id), their role and when they joined. */
function toMember({ user, role, createdAt }: MemberRow) {
  return { ...user, role, createdAt };
}
export type Member = ReturnType<typeof toMember>;

const byJoined: OrderKey[] = [
  { field: 'createdAt', direction: 'asc', type: 'date' },
  { field: 'id', direction: 'asc', type: 'uuid' },
];

/** The workspace's members in the order they joined, one page at a time. */
export async function listMembers(
  principal: Principal,
  query: z.input<typeof memberListQuery> = {},
): Promise<Page<Member>> {
  authorize(principal, 'read');
  const { limit, cursor } = parseInput(memberListQuery, query);
  const { where, ...page } = pageArgs(byJoined, limit, cursor);
  const rows = await (
    await prisma()
  ).membership.findMany({ ...page, where: { workspaceId: principal.workspaceId, ...where }, select: memberSelect });
  const { items, nextCursor } = toPage(rows, limit, byJoined);
  return { items: items.map(toMember), nextCursor };
}

export async function getMember(principal: Principal, userId: string): Promise<Member> {
  authorize(principal, 'read');
  const row = isUuid(userId)
    ? await (
        await prisma()
      ).membership.findUnique({
        where: { workspaceId_userId: { workspaceId: principal.workspaceId, userId } },
        select: memberSelect,
      })
    : null;
  if (!row) throw new NotFoundError('Member');
  return toMember(row);
}

async function findMembership(tx: Tx, principal: Principal, userId: string) {
  if (!isUuid(userId)) throw new NotFoundError('Member');
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: principal.workspaceId, userId } },
    include: { user: { select: { email: true } } },
  });
  if (!membership) throw new NotFoundError('Member');
  return membership;
}

/** A workspace must keep at least one admin, or nobody could manage it again. */
async function assertAnotherAdmin(tx: Tx, workspaceId: string, userId: string) {
  // Locking the admins' rows makes two admins demoting each other at once take turns instead of both passing.
  const admins = await tx.$queryRaw<Array<{ userId: string }>>`
    SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${workspaceId}::uuid AND role = 'ADMIN' FOR UPDATE`;
  if (admins.every((admin) => admin.userId === userId))
    throw new ConflictError('The workspace needs at least one other admin first.');
}

export async function changeMemberRole(principal: Principal, userId: string, input: unknown) {
  authorize(principal, 'administer');
  const { role } = parseInput(roleChangeInput, input);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const membership = await findMembership(tx, principal, userId);
    if (membership.role === role) return { userId, role };
    if (membership.role === 'ADMIN') await assertAnotherAdmin(tx, principal.workspaceId, userId);
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'member.role_changed',
      targetType: 'user',
      targetId: userId,
      summary: `${membership.user.email}: ${membership.role} → ${role}`,
    });
    return { userId, role };
  });
}

/** Removes a member; their API tokens for this workspace are revoked with the membership. */
export async function removeMember(principal: Principal, userId: string): Promise<void> {
  authorize(principal, 'administer');
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const membership = await findMembership(tx, principal, userId);
    if (membership.role === 'ADMIN') await assertAnotherAdmin(tx, principal.workspaceId, userId);
    await tx.membership.delete({ where: { id: membership.id } });
    await tx.apiToken.updateMany({
      where: { userId, workspaceId: principal.workspaceId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      ...actorOf(principal),
      action: 'member.removed',
      targetType: 'user',
      targetId: userId,
      summary: membership.user.email,
    });
  });
}
