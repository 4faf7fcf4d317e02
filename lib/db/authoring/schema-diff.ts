// Drives @prisma/schema-engine-wasm directly: the Prisma CLI wants a native engine it downloads at run time,
// which machines without internet cannot fetch. Development-time only; the app never loads this module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import { readMigrations } from '../migrations';

let loaded = false;

async function loadEngine(): Promise<typeof engineBindings.SchemaEngine> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const imports = { './schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), imports);
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    loaded = true;
  }
  return engineBindings.SchemaEngine;
}

/** SQL that takes a database with every migration in `migrationsDir` applied to the state `schemaPath` describes. */
export async function diffMigrationsToSchema(schemaPath: string, migrationsDir: string): Promise<string> {
  const SchemaEngine = await loadEngine();
  const schema = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite()));
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => undefined, adapter);
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const result = await engine.diff({
    from: {
      tag: 'migrations',
      baseDir: path.resolve(migrationsDir),
      lockfile: { path: 'migration_lock.toml', content: readFileSync(lockPath, 'utf8') },
      shadowDbInitScript: '',
      migrationDirectories: readMigrations(migrationsDir).map((migration) => ({
        path: migration.name,
        migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
      })),
    },
    to: { tag: 'schemaDatamodel', files: [schema] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? '';
}
