// Each integration test file runs against its own database handle: a fresh in-memory PGlite, or the PostgreSQL in
// TEST_DATABASE_URL (shared by files; every test creates its own workspace, so they never see each other's rows).
import { randomUUID } from 'node:crypto';

import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

import { closeDatabase, setDatabase } from '@/lib/db';
import { type Database, type DatabaseTarget, openDatabase } from '@/lib/db/open';
import { env } from '@/lib/env';

export function testTarget(): DatabaseTarget {
  if (env.TEST_TARGET === 'embedded') return { kind: 'embedded' };
  if (!env.TEST_DATABASE_URL) throw new Error('TEST_TARGET=postgres needs TEST_DATABASE_URL');
  return { kind: 'postgres', url: env.TEST_DATABASE_URL, poolSize: 5 };
}

/** Opens and migrates the test database before the file's tests and closes it after; returns a live handle. */
export function useTestDatabase(): { current: Database } {
  const handle = {} as { current: Database };
  beforeAll(async () => {
    handle.current = await openDatabase(testTarget(), { migrate: true });
    setDatabase(handle.current);
  });
  afterAll(async () => {
    await closeDatabase();
  });
  return handle;
}

/**
 * A database of its own, empty and unmigrated, on the current target: in-memory PGlite, or a new PostgreSQL
 * database on the TEST_DATABASE_URL server that is dropped again on close.
 */
export async function openFreshDatabase(): Promise<Database> {
  const target = testTarget();
  if (target.kind === 'embedded') return openDatabase(target);
  const name = `specboard_fresh_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(target.url);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  return {
    ...database,
    async close() {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
