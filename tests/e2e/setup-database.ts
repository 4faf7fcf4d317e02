import { createUser, createWorkspace, workspaceAdminPrincipal } from '@/lib/admin/operator';
import { closeDatabase, configuredTarget, setDatabase } from '@/lib/db';
import { openDatabase } from '@/lib/db/open';
import { createTask } from '@/lib/tasks/create-task';

import { e2ePassword, e2eUsers, e2eWorkspaces } from './accounts';

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
await closeDatabase();
