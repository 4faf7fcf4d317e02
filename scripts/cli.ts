// Specboard's admin CLI: `npm run cli -- <command> [options]`. It opens the configured database directly, so on
// the embedded database it refuses to run while the app holds the data directory.
import { parseArgs } from 'node:util';

import { generateTasks } from '@/lib/admin/generate-tasks';
import { exportMarkdownFiles, importMarkdownFiles } from '@/lib/admin/markdown-files';
import {
  createUser,
  createWorkspace,
  disableUser,
  listUsers,
  memberPrincipal,
  workspaceAdminPrincipal,
} from '@/lib/admin/operator';
import { createApiToken } from '@/lib/auth/api-tokens';
import { closeDatabase, configuredTarget, setDatabase } from '@/lib/db';
import { migrate } from '@/lib/db/migrations';
import { openDatabase } from '@/lib/db/open';
import { ValidationError } from '@/lib/errors';
import { seedDemo } from '@/lib/seed/seed-demo';
import { getTaskMarkdown } from '@/lib/tasks/task-markdown';

const help = `Specboard admin CLI

Usage: npm run cli -- <command> [options]

Commands:
  migrate                                  apply pending database migrations
  seed                                     create the demo workspace (does nothing if it exists)
  workspace create --name N --slug S --prefix P
                                           create a workspace; task keys look like P-1
  user create --email E --name N [--password P] [--workspace S --role R]
                                           create a user, or add an existing one to workspace S
                                           with role ADMIN, MANAGER, MEMBER (default) or VIEWER
  user list                                list users and their workspaces
  user disable --email E                   disable a user: their sessions and tokens stop working at once
  token create --email E --workspace S --name N [--scope read|read+write] [--expires YYYY-MM-DD]
                                           an API token for a member (printed once)
  generate --tasks N [--workspace S]       add N synthetic tasks to workspace S (default: acme)
  import <file.md...> [--workspace S]      create a task from each Markdown file (the template's format)
  export <KEY...> [--workspace S] [--out D]
                                           print a task as Markdown, or with --out write D/KEY.md files
  export --all [--workspace S] --out D     write every task of the workspace to D/KEY.md

The database is the one the app uses: DATABASE_URL when set, otherwise the embedded one in DATA_DIR (./data).
`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', short: 'h' },
    name: { type: 'string' },
    slug: { type: 'string' },
    prefix: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    workspace: { type: 'string' },
    role: { type: 'string' },
    tasks: { type: 'string' },
    scope: { type: 'string' },
    expires: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean' },
  },
});

async function run(command: string): Promise<void> {
  switch (command) {
    case 'migrate':
      return void console.log(
        `Applied: ${(await migrate((await open({ migrate: false })).sql)).join(', ') || 'nothing (up to date)'}`,
      );
    case 'seed': {
      await open();
      const seeded = await seedDemo();
      return void console.log(
        seeded ? `Seeded "${seeded.workspace}" with ${seeded.tasks} tasks` : 'The demo workspace already exists',
      );
    }
    case 'workspace create': {
      await open();
      const workspace = await createWorkspace({
        name: values.name ?? '',
        slug: values.slug ?? '',
        keyPrefix: values.prefix ?? '',
      });
      return void console.log(
        `Created workspace ${workspace.slug} (keys ${workspace.keyPrefix}-1, ${workspace.keyPrefix}-2, …)`,
      );
    }
    case 'user create': {
      await open();
      const user = await createUser({
        email: values.email ?? '',
        name: values.name ?? '',
        password: values.password,
        workspace: values.workspace,
        role: values.role?.toUpperCase() as never,
      });
      return void console.log(
        `User ${user.email} (${user.id})${values.workspace ? ` is ${values.role ?? 'MEMBER'} of ${values.workspace}` : ''}`,
      );
    }
    case 'user disable': {
      await open();
      await disableUser(values.email ?? '');
      return void console.log(`Disabled ${values.email}; their sessions were ended`);
    }
    case 'token create': {
      await open();
      const principal = await memberPrincipal(values.email ?? '', values.workspace ?? '');
      const scope =
        values.scope === 'read+write' ? 'READ_WRITE' : values.scope === 'read' || !values.scope ? 'READ' : values.scope;
      const token = await createApiToken(principal, {
        name: values.name ?? '',
        scope: scope as never,
        expiresAt: values.expires ?? null,
      });
      return void console.log(
        `Token "${token.name}" (${token.scope}): ${token.secret}\nIt is shown only now; Specboard keeps a hash.`,
      );
    }
    case 'user list':
      await open();
      return void console.table(await listUsers());
    case 'generate': {
      const count = Number(values.tasks);
      if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
        throw new ValidationError([{ path: 'tasks', message: 'must be a whole number from 1 to 1000000' }]);
      await open();
      const started = Date.now();
      const result = await generateTasks(values.workspace ?? 'acme', count, (done) =>
        process.stdout.write(`\r${done}/${count}`),
      );
      return void console.log(
        `\nAdded ${result.created} tasks to ${result.workspace} from ${result.firstKey} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    case 'import': {
      const files = positionals.slice(1);
      if (files.length === 0) throw new UsageError('Name the Markdown files to import.');
      await open();
      return void console.log((await importMarkdownFiles(values.workspace ?? 'acme', files)).join('\n'));
    }
    case 'export': {
      const keys = positionals.slice(1);
      if (keys.length === 0 && !values.all) throw new UsageError('Name the tasks to export, or pass --all.');
      if (values.all && !values.out) throw new UsageError('--all needs --out <directory>.');
      await open();
      const workspace = values.workspace ?? 'acme';
      if (!values.out) {
        const admin = await workspaceAdminPrincipal(workspace);
        for (const key of keys) process.stdout.write((await getTaskMarkdown(admin, key)).markdown);
        return;
      }
      const written = await exportMarkdownFiles(workspace, values.all ? [] : keys, values.out);
      return void console.log(`Wrote ${written.length} file(s) to ${values.out}`);
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

class UsageError extends Error {}

/** Opens the app's database; the embedded one is migrated first, as the app would on start. */
async function open(options = { migrate: configuredTarget().kind === 'embedded' }) {
  const database = await openDatabase(configuredTarget(), options);
  setDatabase(database);
  return database;
}

const command = positionals.slice(0, ['workspace', 'user', 'token'].includes(positionals[0] ?? '') ? 2 : 1).join(' ');
if (values.help || command === '') {
  console.log(help);
  process.exit(0);
}
try {
  await run(command);
  await closeDatabase();
} catch (error) {
  await closeDatabase().catch(() => undefined);
  if (error instanceof UsageError) console.error(`${error.message}\n\n${help}`);
  else console.error(`specboard: ${(error as Error).message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
