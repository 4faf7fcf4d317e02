// Runs the TypeScript server without a compile step. Start-up failures (bad settings, unreachable database, a held
// data directory) are reported as one line, not a stack trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register({ tsconfig: path.join(root, 'tsconfig.json') });

await import('./server.ts').catch((error) => {
  console.error(`specboard: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
