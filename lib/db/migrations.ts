// Applies prisma/migrations/*/migration.sql in order and records them in `_prisma_migrations` with the same layout
// and sha256 checksums as `prisma migrate deploy`, so either tool can take over. Needs no Prisma engine binary.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { SqlRunner } from './sql-runner';

/** The advisory lock id `prisma migrate` uses, so the two never run at once against one database. */
const MIGRATION_LOCK_ID = 72707369;

export const defaultMigrationsDir = path.join(process.cwd(), 'prisma', 'migrations');

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(dir = defaultMigrationsDir): LocalMigration[] {
  // The turbopackIgnore hints keep Next's file tracing from pulling the whole project into the server bundle.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) throw new MigrationError(`Migrations directory not found: ${dir}`);
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const createHistoryTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Checks the recorded history against the local migrations and returns the ones still to apply. */
function pendingMigrations(local: LocalMigration[], applied: AppliedMigration[]): LocalMigration[] {
  const failed = applied.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started but never finished; fix the database by hand, then mark it rolled back.`,
    );
  }
  const done = new Map(applied.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
  const localNames = new Set(local.map((migration) => migration.name));
  const unknown = [...done.keys()].filter((name) => !localNames.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database has migrations this code does not know: ${unknown.join(', ')}. Is the code older than the database?`,
    );
  }
  for (const migration of local) {
    const row = done.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${migration.checksum.slice(0, 12)}… on disk). Restore the file; add a new migration for new changes.`,
      );
    }
  }
  return local.filter((migration) => !done.has(migration.name));
}

/** Applies every pending migration in one transaction under the migration advisory lock: all or nothing. */
export async function migrate(runner: SqlRunner, dir = defaultMigrationsDir): Promise<string[]> {
  const local = readMigrations(dir);
  return runner.transaction(async (tx) => {
    // Transaction-scoped lock: released by COMMIT/ROLLBACK even if this process dies.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
    await tx.exec(createHistoryTable);
    const applied = await tx.query<AppliedMigration>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const pending = pendingMigrations(local, applied);
    for (const migration of pending) {
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    }
    return pending.map((migration) => migration.name);
  });
}

/** Names of local migrations the database has not applied yet (for readiness checks). */
export async function unappliedMigrations(runner: SqlRunner, dir = defaultMigrationsDir): Promise<string[]> {
  const local = readMigrations(dir);
  const [table] = await runner.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!table?.exists) return local.map((migration) => migration.name);
  const applied = await runner.query<AppliedMigration>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
  );
  return pendingMigrations(local, applied).map((migration) => migration.name);
}
