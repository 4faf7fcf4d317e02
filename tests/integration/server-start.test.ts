// The server's start-up failures, run as a user would meet them: a separate process, its exit code and stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

function startServer(env: Record<string, string>) {
  // serve.mjs is start.mjs without the build step; these failures happen before Next.js is loaded.
  const result = spawnSync(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe('server start-up', () => {
  it('exits with one clear line when PostgreSQL is unreachable', () => {
    const { status, stderr } = startServer({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/specboard' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^specboard: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/specboard: .*ECONNREFUSED/);
    expect(stderr.split('\n')).toHaveLength(1);
  });

  it('exits with one clear line naming the data directory when another process holds it', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'specboard-held-'));
    writeFileSync(path.join(dataDir, 'specboard.lock'), String(process.pid));
    const { status, stderr } = startServer({ DATA_DIR: dataDir });
    expect(status).toBe(1);
    expect(stderr).toBe(
      `specboard: Data directory ${dataDir} is in use by process ${process.pid}. Stop that process (e.g. the running app) first, or set DATA_DIR to another directory.`,
    );
  });

  it('exits with one clear line naming a bad setting', () => {
    const { status, stderr } = startServer({ DATABASE_URL: 'mysql://localhost/specboard' });
    expect(status).toBe(1);
    expect(stderr).toBe('specboard: Invalid environment: DATABASE_URL: must be a postgresql:// URL');
  });
});
