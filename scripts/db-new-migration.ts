// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
// takes the committed migrations to prisma/schema.prisma. Works offline (Prisma's schema engine as WebAssembly,
// diffing against an in-memory PGlite); with internet, `prisma migrate dev` does the same.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { diffMigrationsToSchema } from '@/lib/db/authoring/schema-diff';
import { defaultMigrationsDir } from '@/lib/db/migrations';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name in snake_case>');
  process.exit(2);
}

const sql = await diffMigrationsToSchema('prisma/schema.prisma', defaultMigrationsDir);
if (sql.trim() === '' || sql.includes('-- This is an empty migration.')) {
  console.log('The schema matches the migrations: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(defaultMigrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
