// `npm run bench [-- --quick] [--tasks N]`: REST API throughput on PostgreSQL against a production build. Creates a
// throwaway database on BENCH_DATABASE_URL's server (default: the local one), fills a workspace with the CLI
// generator, starts the real server and drives it with autocannon at concurrency 1 and 10. Results go to
// bench/results/ as JSON and a Markdown table. Numbers from a shared machine are noisy: compare within one run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';
import pg from 'pg';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, tasks: { type: 'string' }, port: { type: 'string' } },
});
const quick = values.quick ?? false;
const taskCount = Number(values.tasks ?? (quick ? 300 : 10_000));
const duration = quick ? 3 : 15;
const port = Number(values.port ?? 3311);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseName = `specboard_bench_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  PORT: String(port),
  NODE_ENV: 'production',
};

function cli(...args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not come up');
}

interface Scenario {
  name: string;
  path: (index: number) => string;
}

interface Result {
  scenario: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(base: string, token: string, scenario: Scenario, connections: number): Promise<Result> {
  let counter = 0;
  const run = await autocannon({
    url: base,
    connections,
    duration,
    headers: { Authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, path: scenario.path(counter++) }) }],
  });
  return {
    scenario: scenario.name,
    connections,
    requestsPerSecond: Math.round(run.requests.average),
    p50: run.latency.p50,
    p99: run.latency.p99,
    errors: run.errors + run.timeouts,
    non2xx: run.non2xx,
  };
}

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${databaseName}`);
let server: ChildProcess | undefined;

/** Sprints holding exactly `sizes` tasks each (consecutive task numbers), for the board scenarios. */
async function sprintsOfSizes(sizes: number[]): Promise<string[]> {
  const bench = new pg.Client({ connectionString: databaseUrl });
  await bench.connect();
  try {
    const ids: string[] = [];
    let start = 0;
    for (const [index, size] of sizes.entries()) {
      const { rows } = await bench.query<{ id: string }>(
        `INSERT INTO "Sprint" (id, "workspaceId", number, name, state, "updatedAt")
         SELECT gen_random_uuid(), id, $1, $2, 'ACTIVE', now() FROM "Workspace" WHERE slug = 'bench' RETURNING id`,
        [9000 + index, `Board of ${size}`],
      );
      const id = rows[0]?.id as string;
      await bench.query(`UPDATE "Task" SET "sprintId" = $1 WHERE number > $2 AND number <= $3`, [
        id,
        start,
        start + size,
      ]);
      start += size;
      ids.push(id);
    }
    return ids;
  } finally {
    await bench.end();
  }
}
try {
  cli('migrate');
  cli('workspace', 'create', '--name', 'Bench', '--slug', 'bench', '--prefix', 'B');
  cli('user', 'create', '--email', 'bench@example.test', '--name', 'Bench', '--workspace', 'bench', '--role', 'ADMIN');
  const token = /sbp_[\w-]+/.exec(
    cli(
      'token',
      'create',
      '--email',
      'bench@example.test',
      '--workspace',
      'bench',
      '--name',
      'bench',
      '--scope',
      'read+write',
    ),
  )?.[0];
  if (!token) throw new Error('no token');
  const generatedAt = performance.now();
  cli('generate', '--tasks', String(taskCount), '--workspace', 'bench');
  console.log(`generated ${taskCount} tasks in ${Math.round(performance.now() - generatedAt)} ms`);
  const boardSizes = quick ? [50, 200] : [200, 2000];
  const boards = await sprintsOfSizes(boardSizes);

  server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...env, API_TOKEN_RATE_LIMIT_PER_MINUTE: '100000000', API_USER_RATE_LIMIT_PER_MINUTE: '100000000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/api/v1/openapi.json`, server);

  const key = (index: number) => `B-${1 + ((index * 7919) % taskCount)}`;
  const scenarios: Scenario[] = [
    // The floor of an authenticated API request: token check, rate limit and one primary-key read.
    { name: 'GET /workspaces/current (floor)', path: () => '/api/v1/workspaces/current' },
    { name: 'GET /tasks/{key} (full document)', path: (index) => `/api/v1/tasks/${key(index)}` },
    {
      name: 'GET /tasks?status=…&limit=50',
      path: (index) => `/api/v1/tasks?limit=50&status=${['TODO', 'DONE', 'IN_PROGRESS'][index % 3]}`,
    },
    ...boardSizes.map((size, at) => ({
      name: `GET /boards/{sprint} (${size} cards)`,
      path: () => `/api/v1/boards/${boards[at]}`,
    })),
  ];
  const results: Result[] = [];
  for (const scenario of scenarios) {
    for (const connections of [1, 10]) {
      const result = await measure(base, token, scenario, connections);
      console.log(JSON.stringify(result));
      results.push(result);
    }
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const table = [
    `PostgreSQL, ${taskCount} tasks, ${duration} s per row, ${new Date().toISOString()}`,
    '',
    '| scenario | connections | req/s | p50 ms | p99 ms | errors | non-2xx |',
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...results.map(
      (result) =>
        `| ${result.scenario} | ${result.connections} | ${result.requestsPerSecond} | ${result.p50} | ${result.p99} | ${result.errors} | ${result.non2xx} |`,
    ),
  ].join('\n');
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    `bench/results/${stamp}${quick ? '-quick' : ''}.json`,
    JSON.stringify({ taskCount, duration, results }, null, 2),
  );
  writeFileSync(`bench/results/${stamp}${quick ? '-quick' : ''}.md`, `${table}\n`);
  console.log(`\n${table}`);
} finally {
  server?.kill('SIGTERM');
  const running = server;
  if (running && running.exitCode === null) await new Promise((resolve) => running.once('exit', resolve));
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin.end();
}
