// The process-wide database. Kept on globalThis because the custom server and Next's bundled route code are
// separate module graphs in one process: both must share the one PGlite instance that holds the data directory.
import { env } from '@/lib/env';

import { type Database, type DatabaseTarget, openDatabase } from './open';

const globalKey = Symbol.for('specboard.database');
type GlobalWithDatabase = typeof globalThis & { [globalKey]?: Promise<Database> };

export function configuredTarget(): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : { kind: 'embedded', dataDir: env.dataDir };
}

/** The shared database, opened (and, when embedded, migrated) on first use. */
export function getDatabase(): Promise<Database> {
  const holder = globalThis as GlobalWithDatabase;
  holder[globalKey] ??= openDatabase(configuredTarget(), { migrate: configuredTarget().kind === 'embedded' });
  return holder[globalKey];
}

/** Installs an already-open database as the shared one (the server and tests open it themselves). */
export function setDatabase(database: Database): void {
  (globalThis as GlobalWithDatabase)[globalKey] = Promise.resolve(database);
}

export async function closeDatabase(): Promise<void> {
  const holder = globalThis as GlobalWithDatabase;
  const pending = holder[globalKey];
  delete holder[globalKey];
  if (pending) await (await pending).close();
}

export async function prisma() {
  return (await getDatabase()).prisma;
}
