// The secret that signs session cookies: AUTH_SECRET when set, otherwise one generated on first use and kept in
// the database, so a fresh install needs no configuration and every app instance on one database agrees.
import { randomBytes } from 'node:crypto';

import { prisma } from '@/lib/db';
import { env } from '@/lib/env';

let cached: Promise<string> | undefined;

async function loadSecret(): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const db = await prisma();
  const key = 'auth_secret';
  await db.instanceSetting.createMany({
    data: [{ key, value: randomBytes(32).toString('base64url') }],
    skipDuplicates: true,
  });
  return (await db.instanceSetting.findUniqueOrThrow({ where: { key } })).value;
}

export function getAuthSecret(): Promise<string> {
  cached ??= loadSecret().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
