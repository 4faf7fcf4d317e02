// Operator actions for the admin CLI and the demo seed: they run with direct access to the server and its
// database, outside any workspace, so they take no Principal. No HTTP route or page imports this module.
import { z } from 'zod';

import type { Principal } from '@/lib/auth/principal';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { prisma } from '@/lib/db';
import { createUnique } from '@/lib/db/unique-violation';
import { ConflictError, NotFoundError, parseInput } from '@/lib/errors';
import { Role } from '@/lib/generated/prisma/enums';
import { requiredLine } from '@/lib/schemas';
import { keyPrefixPattern } from '@/lib/tasks/task-key';
import { hashPassword, passwordInput } from '@/lib/users/password';

export const workspaceCreateInput = z.strictObject({
  name: requiredLine('Name', 100),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'Slug must be lowercase letters, digits and dashes (max 40)' }),
  keyPrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(keyPrefixPattern, { error: 'Key prefix must be 1-10 capital letters or digits, starting with a letter' }),
});

export async function createWorkspace(input: z.input<typeof workspaceCreateInput>) {
  const data = parseInput(workspaceCreateInput, input);
  const db = await prisma();
  return createUnique(
    () => db.workspace.create({ data }),
    () => new ConflictError(`A workspace with slug "${data.slug}" already exists`),
  );
}

export const userCreateInput = z.strictObject({
  email: z.email({ error: 'Must be an email address' }).transform((email) => email.toLowerCase()),
  name: requiredLine('Name', 100),
  password: passwordInput.optional(),
  workspace: z.string().trim().min(1).optional(),
  role: z.enum(Role).default('MEMBER'),
});

/** Creates a user, or adds an existing one to `workspace` (slug) with `role`. */
export async function createUser(input: z.input<typeof userCreateInput>) {
  const data = parseInput(userCreateInput, input);
  const db = await prisma();
  const workspace = data.workspace ? await db.workspace.findUnique({ where: { slug: data.workspace } }) : null;
  if (data.workspace && !workspace) throw new NotFoundError(`Workspace ${data.workspace}`);
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: data.email },
      create: { email: data.email, name: data.name, passwordHash },
      update: passwordHash ? { passwordHash, passwordChangedAt: new Date() } : {},
    });
    // A reset password ends the sessions started with the old one.
    if (passwordHash) await revokeUserSessions(user.id, undefined, tx);
    if (workspace) {
      await tx.membership.upsert({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
        create: { workspaceId: workspace.id, userId: user.id, role: data.role },
        update: { role: data.role },
      });
    }
    return { id: user.id, email: user.email, name: user.name };
  });
}

/** Disables a user everywhere: validateSession and authenticateApiToken refuse them from the next request on. */
export async function disableUser(email: string) {
  const db = await prisma();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new NotFoundError(`User ${email}`);
  await db.user.update({ where: { id: user.id }, data: { isDisabled: true } });
  await revokeUserSessions(user.id);
}

export async function listUsers() {
  const db = await prisma();
  const users = await db.user.findMany({
    orderBy: { email: 'asc' },
    select: {
      id: true,
      email: true,
      name: true,
      isDisabled: true,
      memberships: { select: { role: true, workspace: { select: { slug: true } } } },
    },
  });
  return users.map(({ memberships, ...user }) => ({
    ...user,
    workspaces: memberships.map((membership) => `${membership.workspace.slug}:${membership.role}`),
  }));
}

/** The principal an operator acts as inside a workspace: its first admin. */
export async function workspaceAdminPrincipal(slug: string) {
  const db = await prisma();
  const membership = await db.membership.findFirst({
    where: { workspace: { slug }, role: 'ADMIN' },
    orderBy: { createdAt: 'asc' },
  });
  if (!membership) throw new NotFoundError(`An admin of workspace ${slug}`);
  return { userId: membership.userId, workspaceId: membership.workspaceId, role: membership.role };
}

/** The principal of the user with `email` in workspace `slug`, as a session of theirs would be. */
export async function memberPrincipal(email: string, slug: string): Promise<Principal> {
  const db = await prisma();
  const membership = await db.membership.findFirst({
    where: { workspace: { slug }, user: { email: email.trim().toLowerCase(), isDisabled: false } },
  });
  if (!membership) throw new NotFoundError(`A member ${email} of workspace ${slug}`);
  return { userId: membership.userId, workspaceId: membership.workspaceId, role: membership.role };
}
