// Starts the app for the browser tests: a new data directory, filled by setup-database.ts, then `npm start`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync(process.env.DATA_DIR ?? 'test-results/e2e-data', { recursive: true, force: true });
run(['--import', 'tsx', 'tests/e2e/setup-database.ts']);
await import('../../scripts/start.mjs');
