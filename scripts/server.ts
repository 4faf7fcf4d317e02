// The production server: opens the database once (migrating and seeding the embedded one), then serves Next.js.
// On SIGTERM/SIGINT it stops accepting connections, lets in-flight requests finish and closes the database, so
// nothing acknowledged is lost.
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import next from 'next';

import { CLIENT_IP_HEADER } from '@/lib/auth/client-ip';
import { configuredTarget, setDatabase } from '@/lib/db';
import { unappliedMigrations } from '@/lib/db/migrations';
import { type Database, openDatabase } from '@/lib/db/open';
import { env } from '@/lib/env';
import { seedDemoIfEmpty } from '@/lib/seed/seed-demo';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (message: string) => console.log(`specboard: ${message}`);

function fail(error: unknown): never {
  console.error(`specboard: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

async function openForServing(): Promise<Database> {
  const target = configuredTarget();
  const started = Date.now();
  const database = await openDatabase(target, { migrate: target.kind === 'embedded' });
  if (target.kind === 'postgres') {
    const pending = await unappliedMigrations(database.sql);
    if (pending.length > 0) {
      await database.close();
      throw new Error(
        `PostgreSQL at ${database.location} lacks migrations (${pending.join(', ')}): run \`npm run db:migrate\` first.`,
      );
    }
  }
  log(
    `${database.kind === 'embedded' ? 'embedded database' : 'PostgreSQL'} at ${database.location} ready in ${Date.now() - started} ms`,
  );
  return database;
}

const database = await openForServing().catch(fail);
setDatabase(database);
if (database.kind === 'embedded' && env.SEED_DEMO) {
  const seeded = await seedDemoIfEmpty().catch(fail);
  if (seeded) {
    log(`seeded the demo workspace "${seeded.workspace}" with ${seeded.tasks} tasks`);
    // Printed this once only: the password is not stored anywhere but as a hash.
    log(`sign in as ${seeded.admin.email} with password ${seeded.admin.password}`);
  }
}

const app = next({ dev: false, dir: root, hostname: env.HOST, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
// Handlers still running, even for clients that went away: the database closes only after they finish.
const running = new Set<Promise<unknown>>();
let stopping = false;
const server = createServer((request, response) => {
  if (stopping) {
    // A request on a kept-alive connection after shutdown began: tell the client to go elsewhere.
    response.writeHead(503, { Connection: 'close', 'Retry-After': '1', 'Content-Type': 'text/plain' });
    response.end('Shutting down');
    return;
  }
  // Replaces whatever the client sent: only the socket, or a trusted proxy, says who the client is.
  // The rightmost X-Forwarded-For entry is the one the trusted proxy added; those left of it the client wrote.
  const forwarded = env.TRUST_PROXY
    ? String(request.headers['x-forwarded-for'] ?? '')
        .split(',')
        .at(-1)
        ?.trim()
    : '';
  request.headers[CLIENT_IP_HEADER] = forwarded || request.socket.remoteAddress || 'unknown';
  const handling = handle(request, response);
  running.add(handling);
  void handling.finally(() => running.delete(handling));
});
server.listen(env.PORT, env.HOST, () => log(`serving on http://localhost:${env.PORT}`));
server.on('error', fail);

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing in-flight requests`);
  const forced = setTimeout(() => {
    console.error('specboard: requests did not finish within 10 s; closing anyway');
    server.closeAllConnections();
  }, 10_000);
  forced.unref();
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await Promise.allSettled(running);
  await app.close();
  await database.close();
  log('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
