// Generates the Prisma client. `prisma generate` never needs the native schema engine, but the Prisma CLI tries to
// download it on every command; pointing it at a stub keeps generation working on machines without internet.
// Other Prisma commands (`prisma migrate dev`, ...) are untouched and download the engine as usual.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const stub = path.join(mkdtempSync(path.join(tmpdir(), 'specboard-prisma-')), 'schema-engine-stub');
writeFileSync(stub, '#!/bin/sh\necho "schema engine is not used by prisma generate" >&2\nexit 1\n');
chmodSync(stub, 0o755);

const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub },
});
process.exit(result.status ?? 1);
