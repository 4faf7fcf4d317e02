// Platform work outside the features: public API hardening and observability (sprints 12-13).
import type { DemoTask } from './types';
import { users } from './workspace';

export const platformApiTasks: DemoTask[] = [
  {
    ref: 'platform-rate-limiting',
    title: 'Per-token rate limiting for the public REST API',
    status: 'IN_REVIEW',
    assignee: users.lucas,
    sprint: 12,
    estimatePoints: 5,
    reviewDate: '2026-11-25',
    related: ['billing-plan-limits'],
    sections: {
      summary: {
        text: 'Limit `/api/v1` to 600 requests per minute per API token (token bucket) and return standard rate-limit headers.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Requests over the limit get 429 with `Retry-After`', isDone: true },
          {
            text: '`RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers on every response',
            isDone: true,
          },
          { text: 'Limits configurable per workspace for enterprise contracts', isDone: true },
        ],
      },
      implementationApproach: {
        solution:
          'Token bucket in Postgres (`api_rate_buckets`) updated with a single `UPDATE ... RETURNING`; no Redis dependency for self-hosted installs.',
        keyComponents: [
          { name: '`lib/api/rate-limit.ts`', description: 'Bucket refill and consume in one statement.' },
          { name: 'API route wrapper', description: 'Applies the limit after authentication, before the handler.' },
        ],
      },
      codeChanges: {
        items: [
          { path: 'lib/api/rate-limit.ts', summary: 'Token bucket', changeType: 'NEW' },
          {
            path: 'lib/api/route-handler.ts',
            summary: 'Call the limiter and add `RateLimit-*` headers',
            changeType: 'MODIFIED',
          },
          {
            path: 'lib/api/throttle-memory.ts',
            summary: 'In-memory limiter from 2024 (per instance, wrong with 3 replicas)',
            changeType: 'DELETED',
          },
        ],
      },
      databaseChanges: {
        tables:
          'Unlogged table `api_rate_buckets (token_id uuid primary key, tokens real, refilled_at timestamptz)`; `workspaces.api_rate_limit int null` for contract overrides.',
        migrations: '`20261117_api_rate_buckets`',
        data: 'None; buckets are created on first use.',
      },
      apiChanges: {
        endpoints: 'All `/api/v1/*` endpoints.',
        requestResponse:
          'New response headers `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`; new 429 problem response.',
        documentation: 'OpenAPI: shared `TooManyRequests` response and header components on every operation.',
      },
      developmentSteps: {
        items: [
          { title: 'Bucket statement and table', estimatedTime: '4 hours' },
          { title: 'Wire into the route handler', estimatedTime: '3 hours' },
          {
            title: 'Shadow mode and dashboard',
            estimatedTime: '4 hours',
            notes: 'Log would-be 429s for 3 days before enforcing.',
          },
        ],
      },
      testingPlan: {
        unitTests: 'Refill math (fractional tokens, clock going backwards).',
        integrationTests: '650 requests in a minute from one token: exactly 50 get 429 (burst accounted).',
        manualTesting: 'Zapier and the official CLI back off correctly on 429.',
      },
      codeReviewPlan: {
        reviewers: '@maya.chen, @avery (ops)',
        reviewFocus: 'Statement correctness under concurrency; fail-open behaviour.',
        documentation: 'Comment the SQL with the token bucket formula.',
      },
      apiContracts: {
        blocks: [
          {
            language: 'http',
            code: `GET /api/v1/tasks HTTP/1.1
Authorization: Bearer sb_live_...

HTTP/1.1 429 Too Many Requests
Retry-After: 12
RateLimit-Limit: 600
RateLimit-Remaining: 0
RateLimit-Reset: 12
Content-Type: application/problem+json

{ "type": "about:blank", "title": "Too Many Requests", "status": 429 }`,
          },
        ],
      },
      configuration: {
        environmentVariables: '`API_RATE_LIMIT_PER_MINUTE` (default `600`), `API_RATE_LIMIT_BURST` (default `100`).',
        featureFlags: '`api_rate_limit_enforce` - when off, limits are computed and logged but not enforced.',
      },
      unitTestCases: {
        items: [
          {
            title: 'Bucket refills over time',
            given: 'An empty bucket for a 600/min token',
            when: '6 seconds pass',
            then: '60 tokens are available',
          },
          {
            title: 'Workspace override',
            given: 'Workspace with `api_rate_limit = 3000`',
            when: 'A token of that workspace is checked',
            then: '`RateLimit-Limit: 3000` is returned',
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'Two requests consume the last token simultaneously',
            handling: 'Single `UPDATE ... WHERE tokens >= 1` - exactly one succeeds.',
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'Rate-limit query times out',
            handling: 'Fail open (allow the request) and count `rate_limit_fail_open_total`.',
          },
        ],
      },
      deploymentSteps: {
        items: [
          { title: 'Deploy in shadow mode', description: '`api_rate_limit_enforce` off.' },
          {
            title: 'Contact the 3 integrations above the limit',
            description: 'Found in the shadow-mode log; two are misconfigured sync loops.',
          },
          { title: 'Enforce', description: 'Turn on `api_rate_limit_enforce` and announce in the API changelog.' },
        ],
      },
      monitoring: {
        alerts: 'More than 1% of API requests answered 429 over 15 minutes.',
        metrics: '`api_rate_limited_total{workspace}`, fail-open count, limiter latency.',
      },
      codeDocumentation: {
        apiDocumentation: 'New "Rate limits" page in the API reference with retry guidance.',
      },
      userDocumentation: {
        helpContent: 'Developer FAQ: "Why am I getting 429 Too Many Requests?"',
      },
      performanceConsiderations: {
        items: [
          {
            name: 'Extra query per request',
            description: 'One `UPDATE` on a hot row per token.',
            monitoring: 'p95 of the rate-limit statement (currently 0.4 ms).',
            optimization: 'Unlogged table; fall back to allow on timeout > 20 ms.',
          },
        ],
      },
      securityConsiderations: {
        items: [
          {
            name: 'Abuse of unauthenticated endpoints',
            description: 'Per-token limits do not cover login.',
            requirements: 'Separate per-IP limit on `/api/auth/*` (tracked separately).',
            validation: 'Load test with k6 from one IP.',
          },
        ],
      },
      technicalSuccess: {
        items: [
          { text: 'No measurable p95 regression on `/api/v1/tasks`', isDone: true },
          { text: 'Shadow mode ran for 3 days with no false positives', isDone: false },
        ],
      },
    },
  },
  {
    ref: 'platform-otel-tracing',
    title: 'OpenTelemetry tracing for API routes and Prisma queries',
    status: 'TODO',
    assignee: users.daniel,
    sprint: 13,
    estimatePoints: 5,
    related: ['platform-rate-limiting'],
    sections: {
      summary: { text: 'Export traces for every API request and database query to Grafana Tempo, sampled at 10%.' },
      acceptanceCriteria: {
        items: [
          { text: 'Traces include route, workspace ID (not name) and Prisma query spans' },
          { text: 'Overhead under 2% CPU at 10% sampling' },
        ],
      },
      configuration: {
        environmentVariables:
          '`OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_TRACES_SAMPLER=parentbased_traceidratio`, `OTEL_TRACES_SAMPLER_ARG=0.1`.',
      },
      externalDependencies: {
        items: [
          {
            name: '@prisma/instrumentation',
            description: 'Official instrumentation that emits a span per Prisma query.',
          },
        ],
      },
    },
  },
];
