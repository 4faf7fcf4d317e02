import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { createUser, createWorkspace, memberPrincipal, workspaceAdminPrincipal } from '@/lib/admin/operator';
import { createApiToken } from '@/lib/auth/api-tokens';
import { closeDatabase, configuredTarget, setDatabase } from '@/lib/db';
import { openDatabase } from '@/lib/db/open';
import { createTask } from '@/lib/tasks/create-task';

import { apiToolTokenFile, e2ePassword, e2eUsers, e2eWorkspaces } from './accounts';

setDatabase(await openDatabase(configuredTarget(), { migrate: true }));
for (const workspace of Object.values(e2eWorkspaces)) await createWorkspace(workspace);
await createUser({ ...e2eUsers.admin, password: e2ePassword, workspace: e2eWorkspaces.first.slug, role: 'ADMIN' });
await createUser({ ...e2eUsers.admin, workspace: e2eWorkspaces.second.slug, role: 'ADMIN' });
await createUser({ ...e2eUsers.viewer, password: e2ePassword, workspace: e2eWorkspaces.first.slug, role: 'VIEWER' });
for (const workspace of Object.values(e2eWorkspaces)) {
  const admin = await workspaceAdminPrincipal(workspace.slug);
  await createTask(admin, {
    title: `First task of ${workspace.name}`,
    sections: { summary: { text: 'Seeded for the browser tests.' } },
  });
}
await createUser({ ...e2eUsers.tool, workspace: e2eWorkspaces.first.slug, role: 'MEMBER' });
const tool = await memberPrincipal(e2eUsers.tool.email, e2eWorkspaces.first.slug);
const { secret } = await createApiToken(tool, { name: 'another tool', scope: 'READ_WRITE' });
mkdirSync(path.dirname(apiToolTokenFile), { recursive: true });
writeFileSync(apiToolTokenFile, secret, { mode: 0o600 });
await closeDatabase();
