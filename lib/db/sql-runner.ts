// A minimal raw-SQL interface over both drivers. The migration runner and start-up checks need multi-statement
// scripts and session-level locks, which Prisma's query API does not offer.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

export interface SqlRunner {
  /** Runs a script that may hold several statements; no parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on one connection; nested calls join the outer transaction. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

type PgliteLike = Pick<PGlite | Transaction, 'exec' | 'query'>;

function pgliteStatements(db: PgliteLike) {
  return {
    async exec(sql: string) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
  };
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    ...pgliteStatements(db),
    transaction(fn) {
      return db.transaction((tx) => {
        const inner: SqlRunner = { ...pgliteStatements(tx), transaction: (nested) => nested(inner) };
        return fn(inner);
      });
    },
  };
}

function pgStatements(db: Pool | PoolClient) {
  return {
    async exec(sql: string) {
      await db.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query(sql, params)).rows as T[];
    },
  };
}

export function pgPoolRunner(pool: Pool): SqlRunner {
  return {
    ...pgStatements(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const inner: SqlRunner = { ...pgStatements(client), transaction: (nested) => nested(inner) };
        const result = await fn(inner);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
