// Unit tests once; the integration suite on the embedded database and, when TEST_DATABASE_URL is set, again on that
// PostgreSQL. Each integration file opens its own database (a fresh in-memory PGlite, or the shared PostgreSQL where
// every test makes its own workspace), so files run in parallel.
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const postgresUrl = process.env.TEST_DATABASE_URL;

const integration = (target: 'embedded' | 'postgres') => ({
  extends: true as const,
  test: { name: `integration:${target}`, include: ['tests/integration/**/*.test.ts'], env: { TEST_TARGET: target } },
});

export default defineConfig({
  resolve: {
    // `@/lib/db` -> `<root>/lib/db`; a regex so that scoped packages such as `@prisma/client` are left alone.
    alias: [{ find: /^@\//, replacement: root }],
  },
  test: {
    environment: 'node',
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      integration('embedded'),
      ...(postgresUrl ? [integration('postgres')] : []),
    ],
  },
});
