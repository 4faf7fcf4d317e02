// Opens the database the app runs on: PostgreSQL when a URL is given, otherwise embedded PGlite in a data
// directory (or in memory for tests). Both are reached through the same generated Prisma client.
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import { PrismaClient } from '@/lib/generated/prisma/client';

import { lockDataDir } from './data-dir-lock';
import { migrate } from './migrations';
import { pgliteRunner, pgPoolRunner, type SqlRunner } from './sql-runner';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` undefined means an in-memory database (tests). */
  | { kind: 'embedded'; dataDir?: string };

export interface Database {
  kind: DatabaseTarget['kind'];
  prisma: PrismaClient;
  sql: SqlRunner;
  /** Human-readable location, for logs: host/database or the data directory. */
  location: string;
  /**
   * Calls `onMessage` for each NOTIFY on `channel` committed by any connection (on PostgreSQL, any app instance), and
   * with no payload after a lost listening connection is back, since notifications in between are lost.
   */
  listen(channel: string, onMessage: (payload: string | null) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the configured DATABASE_URL';
  }
}

/** LISTEN needs a connection of its own, outside the pool; it reconnects by itself after the server goes away. */
async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string | null) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let isStopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (isReconnect: boolean) => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    const again = () => {
      next.removeAllListeners();
      next.end().catch(() => undefined);
      if (!isStopped) retry = setTimeout(() => void connect(true), 1000);
    };
    next.on('error', again);
    next.on('end', again);
    next.on('notification', (message) => onMessage(message.payload ?? ''));
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      client = next;
      if (isReconnect) onMessage(null);
    } catch {
      again();
    }
  };
  await connect(false);
  return async () => {
    isStopped = true;
    clearTimeout(retry);
    client?.removeAllListeners();
    await client?.end().catch(() => undefined);
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const location = describeUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client losing its server (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${location}: ${(error as Error).message}`);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const listeners = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    prisma,
    sql: pgPoolRunner(pool),
    location,
    async listen(channel, onMessage) {
      const stop = await listenPostgres(url, channel, onMessage);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir ? path.join(dataDir, 'pgdata') : undefined);
  } catch (error) {
    unlock();
    throw new DatabaseUnavailableError(`Cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: 'embedded',
    prisma,
    sql: pgliteRunner(pglite),
    location: dataDir ?? 'memory',
    async listen(channel, onMessage) {
      const stop = await pglite.listen(channel, onMessage);
      return async () => stop();
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

export async function openDatabase(target: DatabaseTarget, options: { migrate?: boolean } = {}): Promise<Database> {
  const database =
    target.kind === 'postgres'
      ? await openPostgres(target.url, target.poolSize ?? 10)
      : await openEmbedded(target.dataDir);
  if (options.migrate) {
    try {
      await migrate(database.sql);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}
