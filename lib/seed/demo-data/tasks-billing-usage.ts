// Billing v2: nightly seat metering (sprint 12).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const billingUsageTasks: DemoTask[] = [
  {
    ref: 'billing-usage-metering',
    title: 'Meter active seats and report usage to Stripe nightly',
    status: 'IN_PROGRESS',
    assignee: users.priya,
    feature: features.billing,
    sprint: 12,
    estimatePoints: 5,
    completionTarget: '2026-11-27',
    prerequisites: [
      { ref: 'billing-webhook-handler', description: 'Needs `subscriptions` kept current by the webhook worker.' },
    ],
    sections: {
      summary: {
        text: 'Count billable active seats per workspace each night and send them to Stripe as a meter event for the seat add-on.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'A seat is billable if the member logged in during the billing period', isDone: true },
          { text: 'Nightly job sends one meter event per workspace with an idempotency identifier', isDone: false },
          { text: 'Billing page shows the current seat count and projected charge', isDone: false },
        ],
      },
      implementationApproach: {
        solution:
          'A `pg-boss` cron job at 02:00 UTC aggregates `sessions` into `seat_usage_daily` and posts `billing.meterEvents.create` for each active subscription.',
        keyComponents: [
          { name: '`seat_usage_daily`', description: 'One row per workspace and day; source of truth for disputes.' },
          { name: 'Meter reporter', description: "Sends the day's max seats with identifier `{workspace}:{date}`." },
        ],
      },
      codeChanges: {
        items: [
          { path: 'lib/billing/metering/aggregate-seats.ts', summary: 'Daily aggregation', changeType: 'NEW' },
          { path: 'lib/billing/metering/report-to-stripe.ts', summary: 'Meter event reporter', changeType: 'NEW' },
          {
            path: 'lib/jobs/schedule.ts',
            summary: 'Schedule `billing-meter-seats` at `0 2 * * *`',
            changeType: 'MODIFIED',
          },
        ],
      },
      databaseChanges: {
        tables:
          '`seat_usage_daily (workspace_id uuid, day date, active_seats int, reported_at timestamptz null, primary key (workspace_id, day))`',
        migrations:
          '`20261118_seat_usage_daily`; index `sessions_workspace_created_idx` created `CONCURRENTLY` in a separate migration.',
        data: 'Backfill the current period from `sessions` so the first invoice is complete.',
      },
      developmentSteps: {
        items: [
          {
            title: 'Aggregation query and table',
            estimatedTime: '6 hours',
            description: 'Covered by an index on `sessions(workspace_id, created_at)`.',
          },
          {
            title: 'Stripe meter reporting',
            estimatedTime: '4 hours',
            dependencies: 'Meter `active_seats` created in Stripe',
          },
          {
            title: 'Billing page projection',
            estimatedTime: '1 day',
            notes: 'Show "projected" clearly - the final number is only known at period end.',
          },
        ],
      },
      testingPlan: {
        unitTests: 'Seat counting rules (invited but never logged in, removed mid-period, guests).',
        integrationTests: 'Job run against Stripe test mode with a test clock advanced one month.',
        manualTesting: "Compare the projected charge with Stripe's upcoming invoice for three beta workspaces.",
      },
      externalDependencies: {
        items: [
          {
            name: 'Stripe Billing Meters API',
            description: '`POST /v1/billing/meter_events`; events accepted up to 35 days late.',
          },
        ],
      },
      dataStructures: {
        blocks: [
          {
            language: 'typescript',
            code: `interface SeatUsageDay {
  workspaceId: string;
  day: string;          // YYYY-MM-DD (UTC)
  activeSeats: number;
  reportedAt: Date | null;
}`,
          },
        ],
      },
      configuration: {
        environmentVariables: '`STRIPE_SEAT_METER_EVENT_NAME=active_seats`.',
        featureFlags: '`billing_seat_metering` - reporting on for beta workspaces only until sprint 13.',
      },
      unitTestCases: {
        items: [
          {
            title: 'Member removed mid-period',
            given: 'A member who logged in on day 3 and was removed on day 10',
            when: 'Day 11 is aggregated',
            then: 'The member is not counted for day 11 but still billed for the period',
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'Workspace changes plan mid-period',
            handling: 'Report against the subscription item active at 23:59 UTC of the day.',
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'Stripe rejects a meter event',
            handling: 'Row keeps `reported_at = null` and is retried the next night; alert after 2 failures.',
          },
        ],
      },
      technicalRisks: {
        items: [
          {
            name: 'Overbilling disputes',
            description: 'Customers contest seat counts.',
            mitigation: 'Keep `seat_usage_daily` for 2 years and expose it as CSV to admins.',
            contingency: 'Support can issue credit notes from the Stripe dashboard.',
          },
        ],
      },
      performanceConsiderations: {
        items: [
          {
            name: 'Aggregation over `sessions`',
            description: '45M rows; a full scan would take minutes.',
            monitoring: 'Job duration metric and slow-query log.',
            optimization: "Aggregate only yesterday's partition.",
          },
        ],
      },
      monitoring: {
        alerts: 'Job not completed by 04:00 UTC; Stripe meter error responses.',
        metrics: '`billing_meter_events_sent_total`, total billable seats per plan.',
      },
      implementationNotes: {
        items: [
          {
            text: "Meter events use the day's **maximum** seats, and the meter aggregates with `last` - so the period's last reported value is billed, matching the pricing ADR.",
          },
        ],
      },
      references: {
        items: [
          {
            kind: 'TECHNICAL_SPEC',
            label: '',
            value: '[Stripe usage-based billing](https://docs.stripe.com/billing/subscriptions/usage-based)',
          },
        ],
      },
    },
  },
];
