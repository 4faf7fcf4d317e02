import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  defaultMigrationsDir,
  migrate,
  MigrationError,
  readMigrations,
  unappliedMigrations,
} from '@/lib/db/migrations';

import { openFreshDatabase } from '../helpers/test-database';

/** Every test gets a database of its own: the runner must start from nothing. */
describe('migration runner', () => {
  const local = readMigrations();

  it('applies every migration to a fresh database and records them as prisma migrate does', async () => {
    const db = await openFreshDatabase();
    try {
      expect(await unappliedMigrations(db.sql)).toEqual(local.map((migration) => migration.name));
      expect(await migrate(db.sql)).toEqual(local.map((migration) => migration.name));
      const rows = await db.sql.query<{
        migration_name: string;
        checksum: string;
        applied_steps_count: number;
        finished_at: Date | null;
      }>(
        'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual(
        local.map((migration) => [migration.name, migration.checksum, 1]),
      );
      expect(rows.every((row) => row.finished_at !== null)).toBe(true);
      expect(await db.prisma.task.count()).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('does nothing when every migration is already applied', async () => {
    const db = await openFreshDatabase();
    await migrate(db.sql);
    try {
      expect(await migrate(db.sql)).toEqual([]);
      expect(await unappliedMigrations(db.sql)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('refuses loudly when an applied migration was edited, and applies nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specboard-migrations-'));
    cpSync(defaultMigrationsDir, dir, { recursive: true });
    const db = await openFreshDatabase();
    try {
      await migrate(db.sql, dir);
      const [first] = readMigrations(dir);
      if (!first) throw new Error('no migrations');
      writeFileSync(path.join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited after the fact\n`);
      mkdirSync(path.join(dir, '99990101000000_later'));
      writeFileSync(path.join(dir, '99990101000000_later', 'migration.sql'), 'CREATE TABLE "Later" (id int);');
    } catch (error) {
      await db.close();
      throw error;
    }
    try {
      await expect(migrate(db.sql, dir)).rejects.toThrow(MigrationError);
      await expect(migrate(db.sql, dir)).rejects.toThrow(/was changed after it was applied/);
      const later = await db.sql.query<{ exists: boolean }>(`SELECT to_regclass('"Later"') IS NOT NULL AS exists`);
      expect(later[0]?.exists).toBe(false);
    } finally {
      await db.close();
    }
  });

  it('rolls back a migration that fails and leaves no record of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'specboard-migrations-'));
    cpSync(defaultMigrationsDir, dir, { recursive: true });
    const broken = path.join(dir, '99990101000000_broken');
    cpSync(path.join(dir, local[0]?.name ?? ''), broken, { recursive: true });
    writeFileSync(path.join(broken, 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT * FROM "DoesNotExist";');
    const db = await openFreshDatabase();
    try {
      await expect(migrate(db.sql, dir)).rejects.toThrow(/99990101000000_broken failed/);
      const tables = await db.sql.query<{ half: boolean; task: boolean }>(
        `SELECT to_regclass('"Half"') IS NOT NULL AS half, to_regclass('"Task"') IS NOT NULL AS task`,
      );
      expect(tables[0]).toEqual({ half: false, task: false });
    } finally {
      await db.close();
    }
  });
});
