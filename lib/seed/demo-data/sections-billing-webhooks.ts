// The Stripe webhook task (tasks-billing-webhooks.ts), continued: specifications, tests, risks, deployment, documentation and notes.
import type { DemoTask } from './types';

export const stripeWebhookSpecSections: NonNullable<DemoTask['sections']> = {
  dataStructures: {
    blocks: [
      {
        language: 'typescript',
        code: `type HandledEventType =
  | 'customer.subscription.created'
  | 'customer.subscription.updated'
  | 'customer.subscription.deleted'
  | 'invoice.paid'
  | 'invoice.payment_failed';

interface StoredStripeEvent {
  id: string;            // evt_...
  type: string;
  payload: Stripe.Event;
  created: Date;
  processedAt: Date | null;
  attempts: number;
  lastError: string | null;
}`,
      },
    ],
  },
  apiContracts: {
    blocks: [
      {
        language: 'http',
        code: `POST /api/webhooks/stripe HTTP/1.1
Stripe-Signature: t=1763900000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
Content-Type: application/json

{ "id": "evt_1QabcXYZ", "type": "invoice.paid", "data": { "object": { "id": "in_1Qabc" } } }

HTTP/1.1 200 OK
{ "received": true }`,
      },
    ],
  },
  configuration: {
    environmentVariables: '`STRIPE_SECRET_KEY`, `STRIPE_WEBHOOK_SECRET`, `STRIPE_API_VERSION=2026-09-30`.',
    featureFlags: '`billing_v2_projections` - billing page reads projections (on for all workspaces since 2026-11-20).',
    settings: 'Stripe dashboard: endpoint subscribed to `customer.subscription.*`, `invoice.*`, `customer.deleted`.',
  },
  unitTestCases: {
    items: [
      {
        title: 'Duplicate delivery',
        description: 'Idempotent insert.',
        given: 'Event `evt_1` already stored',
        when: 'The webhook receives `evt_1` again',
        then: 'It returns 200 and enqueues nothing',
      },
      {
        title: 'Out-of-order subscription updates',
        description: '',
        given: 'An `updated` event older than the stored `subscriptions.updated_at`',
        when: 'The handler runs',
        then: 'The re-fetched Stripe object wins and the row matches Stripe',
      },
    ],
  },
  integrationTestCases: {
    items: [
      {
        title: 'Paid invoice end to end',
        description: 'Stripe CLI trigger through to the billing page.',
        setup: 'Stripe CLI logged into the test account; `stripe listen` forwarding to the app.',
        steps: '1. `stripe trigger invoice.paid`\n2. Wait for the worker\n3. Open billing settings',
        validation: 'Invoice shows as Paid; `stripe_events.processed_at` is set.',
      },
    ],
  },
  edgeCases: {
    items: [
      {
        name: 'Event for a customer we do not know',
        handling: 'Stored and marked processed with a warning log; no projection written.',
      },
      {
        name: 'Burst of 500 events after a Stripe outage',
        handling: 'Queue absorbs it; per-customer ordering keeps projections consistent.',
      },
    ],
  },
  errorScenarios: {
    items: [
      {
        name: 'Invalid signature',
        handling: '400, counter `stripe_webhook_signature_failures_total`, no body logged.',
      },
      {
        name: 'Stripe API error while re-fetching',
        handling: 'Retry with backoff; after 8 attempts the event goes to the dead-letter view.',
      },
    ],
  },
  technicalRisks: {
    items: [
      {
        name: 'Missed events during deploys',
        description: 'Stripe retries for 3 days, but a long outage could delay state.',
        mitigation: 'Return 200 only after the insert commits; nightly reconciliation job compares with Stripe.',
        contingency: 'Manual replay from the Stripe dashboard.',
      },
    ],
  },
  performanceConsiderations: {
    items: [
      {
        name: 'Webhook latency',
        description: 'Stripe times out after 10 s.',
        monitoring: 'p99 of the route in Grafana (currently 38 ms).',
        optimization: 'Route only inserts; all work is in the worker.',
      },
    ],
  },
  securityConsiderations: {
    items: [
      {
        name: 'Forged webhooks',
        description: 'Anyone can POST to a public URL.',
        requirements: 'Verify `Stripe-Signature` with a 5-minute tolerance; secret only in Vault.',
        validation: 'Test with a tampered payload and an old timestamp.',
      },
    ],
  },
  deploymentSteps: {
    items: [
      { title: 'Apply migration', description: 'Additive table; runs in the release pipeline.' },
      { title: 'Deploy app and worker', description: 'Worker deployment `billing-worker` scaled to 2 replicas.' },
      {
        title: 'Register live endpoint',
        description: 'Create the endpoint in Stripe live mode, copy the secret to Vault, restart pods.',
      },
    ],
  },
  rollbackPlan: {
    trigger: 'Projections diverge from Stripe for more than 1% of workspaces in the reconciliation report.',
    steps:
      'Turn off `billing_v2_projections` so the page reads from Stripe directly; disable the webhook endpoint in Stripe.',
    dataConsiderations: 'Events keep accumulating in Stripe for 3 days and can be replayed after the fix.',
  },
  monitoring: {
    healthChecks: 'Worker liveness probe; queue depth of `stripe-events`.',
    alerts: 'Queue depth > 1,000 for 10 minutes; any event in the dead-letter state.',
    metrics: '`stripe_events_processed_total{type}`, processing lag (now - created), reconciliation mismatches.',
  },
  codeDocumentation: {
    inlineComments: 'Explain why handlers re-fetch from Stripe instead of using the payload.',
    readmeUpdates: '`docs/billing/README.md`: local setup with the Stripe CLI.',
    apiDocumentation: 'Not public; no OpenAPI changes.',
  },
  userDocumentation: {
    userGuides: 'None - no user-visible change beyond faster billing pages.',
    helpContent: 'Billing FAQ: "Why does my new plan take a few seconds to appear?"',
  },
  technicalDocumentation: {
    architectureDocs: 'Billing data flow diagram in `docs/billing/architecture.md`.',
    deploymentGuides: 'Runbook: replaying failed Stripe events from the dead-letter view.',
  },
  functionalSuccess: {
    items: [
      { text: 'All acceptance criteria met', isDone: true },
      { text: 'Billing page matches Stripe for every beta workspace', isDone: true },
    ],
  },
  technicalSuccess: {
    items: [
      { text: 'Webhook p99 under 200 ms', isDone: true },
      { text: 'Zero dead-lettered events in the first week', isDone: true },
    ],
  },
  processSuccess: {
    items: [
      { text: 'Reviewed and approved', isDone: true },
      { text: 'Runbook entry merged', isDone: true },
      { text: 'Live endpoint registered', isDone: true },
    ],
  },
  implementationNotes: {
    items: [
      {
        text: 'Stripe delivers events **out of order**; handlers treat the payload as a hint and re-fetch the object.',
      },
      { text: 'Next.js App Router gives the raw body via `request.text()`; do not call `request.json()` first.' },
    ],
  },
  references: {
    items: [
      { kind: 'DESIGN_DOCUMENT', label: '', value: '[Billing v2 design](https://docs.acme.dev/billing/v2-design)' },
      {
        kind: 'TECHNICAL_SPEC',
        label: '',
        value: '[Stripe webhooks best practices](https://docs.stripe.com/webhooks#best-practices)',
      },
      { kind: 'RESEARCH', label: '', value: 'Queue comparison (pg-boss vs. BullMQ) in the Billing v2 ADR' },
      { kind: 'OTHER', label: 'Stripe dashboard', value: 'https://dashboard.stripe.com/test/webhooks' },
    ],
  },
};
