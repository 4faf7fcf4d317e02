// The only reader of process.env: every setting is parsed and validated here once, so a typo fails at start-up
// with a message naming the variable instead of surfacing later as undefined behaviour.
import path from 'node:path';

import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgresql:// URL' })
      .optional(),
  ),
  DATA_DIR: optionalString,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** PostgreSQL for the integration suite's second run; tests only. */
  TEST_DATABASE_URL: optionalString,
  /** Which database the integration suite runs on; set per vitest project. */
  TEST_TARGET: z.enum(['embedded', 'postgres']).default('embedded'),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return { ...parsed.data, dataDir: path.resolve(/*turbopackIgnore: true*/ parsed.data.DATA_DIR ?? 'data') };
}

export const env: Env = loadEnv();
