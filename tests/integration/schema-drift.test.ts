import { describe, expect, it } from 'vitest';

import { diffMigrationsToSchema } from '@/lib/db/authoring/schema-diff';
import { defaultMigrationsDir } from '@/lib/db/migrations';

describe('migrations', () => {
  it('take a database exactly to prisma/schema.prisma (no change lacks its migration)', async () => {
    const sql = await diffMigrationsToSchema('prisma/schema.prisma', defaultMigrationsDir);
    expect(sql.replace(/^--.*$/gm, '').trim()).toBe('');
  });
});
