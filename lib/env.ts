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
  /** Signs session cookies; when unset, a random secret is generated once and kept in the database. */
  AUTH_SECRET: optionalString.pipe(z.string().min(32, { error: 'must be at least 32 characters' }).optional()),
  /** The app's public URL, e.g. https://specboard.example.com; cookies are Secure when it is https. */
  NEXTAUTH_URL: optionalString.pipe(z.url().optional()),
  GITHUB_CLIENT_ID: optionalString,
  GITHUB_CLIENT_SECRET: optionalString,
  OIDC_ISSUER: optionalString.pipe(z.url().optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_NAME: z.string().default('Single sign-on'),
  /** Browser sessions end after this long without a request… */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 90)
    .default(60 * 24 * 7),
  /** …and after this long in any case. */
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Lets anyone create an account on the sign-in page; off: users are invited or created by an admin. */
  ALLOW_SIGNUP: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Trust X-Forwarded-For for the client IP (only behind a proxy that sets it). */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Per-minute limits: sign-in attempts per account and per IP, API token creations per user. */
  SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  TOKEN_CREATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** REST API requests per minute, per API token and per user (all of a user's tokens and sessions together). */
  API_TOKEN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  API_USER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /** Largest REST API request body accepted, in bytes. */
  API_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
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
