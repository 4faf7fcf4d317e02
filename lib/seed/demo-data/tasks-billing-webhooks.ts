// Billing v2: the Stripe webhook handler. A fully filled, finished document: every section of the template.
import { stripeWebhookSpecSections } from './sections-billing-webhooks';
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const billingWebhookTasks: DemoTask[] = [
  {
    ref: 'billing-webhook-handler',
    title: 'Stripe webhook handler with idempotent event processing',
    status: 'DONE',
    assignee: users.maya,
    feature: features.billing,
    sprint: 12,
    estimatePoints: 8,
    estimateHours: 20,
    reviewDate: '2026-11-19',
    completionTarget: '2026-11-20',
    prerequisites: [
      { ref: 'billing-subscription-table', description: 'Events are projected into `subscriptions` and `invoices`.' },
      {
        ref: 'billing-stripe-customer-sync',
        description: 'Every workspace needs a `stripe_customer_id` to match events.',
      },
    ],
    blockedBy: ['billing-pricing-model-adr'],
    related: ['billing-invoice-emails', 'billing-dunning'],
    sections: {
      summary: {
        text: 'Receive Stripe webhooks at `POST /api/webhooks/stripe`, verify their signature, store each event exactly once and update our `subscriptions` and `invoices` projections.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Requests without a valid `Stripe-Signature` header are rejected with 400', isDone: true },
          { text: 'Delivering the same event twice changes nothing the second time', isDone: true },
          {
            text: '`customer.subscription.*` and `invoice.*` events update the projections within 5 seconds',
            isDone: true,
          },
          { text: 'Unhandled event types are stored and acknowledged with 200', isDone: true },
        ],
      },
      definitionOfDone: {
        items: [
          { text: 'Code implemented and tested (unit + Stripe CLI replay)', isDone: true },
          { text: 'Reviewed and approved by two engineers', isDone: true },
          { text: 'Webhook endpoint registered in Stripe live mode', isDone: true },
          { text: 'Runbook updated', isDone: true },
        ],
      },
      implementationApproach: {
        solution:
          'The route verifies the signature with `stripe.webhooks.constructEvent` over the raw body, inserts the event into `stripe_events` (`ON CONFLICT (id) DO NOTHING`) and returns 200 immediately. A worker (`pg-boss` queue `stripe-events`) processes stored events in order of `created`, re-fetching the object from Stripe so that out-of-order delivery cannot apply stale state.',
        keyComponents: [
          { name: 'Webhook route', description: 'Signature check, insert, enqueue; no business logic.' },
          {
            name: 'Event processor',
            description: 'One handler per event type in `lib/billing/events/`, each idempotent.',
          },
          {
            name: 'Projection writers',
            description: 'Upserts into `subscriptions` and `invoices` keyed by Stripe IDs.',
          },
        ],
      },
      codeChanges: {
        items: [
          {
            path: 'app/api/webhooks/stripe/route.ts',
            summary: 'Webhook endpoint',
            changeType: 'NEW',
            details:
              'Reads `await request.text()` - the signature is over the raw bytes, so no JSON parsing before verification.',
          },
          {
            path: 'lib/billing/events/',
            summary: 'Handlers per event type',
            changeType: 'NEW',
            details:
              '`subscription-updated.ts`, `invoice-paid.ts`, `invoice-payment-failed.ts`, `customer-deleted.ts`.',
          },
          {
            path: 'lib/jobs/queues.ts',
            summary: 'Register the `stripe-events` queue',
            changeType: 'MODIFIED',
            details: 'Concurrency 1 per customer via `singletonKey`.',
          },
          {
            path: 'lib/billing/legacy/paypal-ipn.ts',
            summary: 'Remove PayPal IPN listener',
            changeType: 'DELETED',
            details: 'PayPal was switched off in 2025; the route only produced 404 noise.',
          },
        ],
      },
      databaseChanges: {
        tables:
          '`stripe_events (id text primary key, type text, payload jsonb, created timestamptz, processed_at timestamptz null, attempts int default 0, last_error text null)`',
        migrations:
          '`20261116_stripe_events` creates the table and an index on `(processed_at) WHERE processed_at IS NULL`.',
        data: 'None; past events are not replayed - the customer backfill already synced current state.',
      },
      apiChanges: {
        endpoints: '`POST /api/webhooks/stripe` (new, public, signature-authenticated).',
        requestResponse:
          'Body is a Stripe `Event` object. Responses: 200 `{ "received": true }`, 400 on a bad signature.',
        documentation: 'Internal only; documented in `docs/billing/webhooks.md`, not in the public API reference.',
      },
      architectureImpact: {
        newComponents: '`stripe-events` background queue and its worker.',
        modifiedComponents:
          'Job runner configuration; billing settings page now reads from `subscriptions` instead of calling Stripe.',
        integrationPoints: 'Stripe (inbound webhooks, outbound `retrieve` calls from the worker).',
      },
      developmentSteps: {
        items: [
          {
            title: 'Route and signature verification',
            description: 'Raw body, `constructEvent`, insert.',
            estimatedTime: '4 hours',
            dependencies: 'Migration merged',
            notes: 'Disable Next.js body parsing for this route.',
          },
          {
            title: 'Queue and worker',
            description: 'pg-boss queue, retry with exponential backoff (max 8 attempts).',
            estimatedTime: '1 day',
            dependencies: '',
            notes: '',
          },
          {
            title: 'Event handlers',
            description: 'Subscription and invoice handlers with tests.',
            estimatedTime: '1 day',
            dependencies: '`subscriptions` and `invoices` tables merged',
            notes: 'Re-fetch objects from Stripe; never trust payload ordering.',
          },
          {
            title: 'Register endpoint in Stripe',
            description: 'Test mode first, then live mode.',
            estimatedTime: '1 hour',
            dependencies: 'Production deploy',
            notes: 'Store the signing secret in Vault.',
          },
        ],
      },
      testingPlan: {
        unitTests: 'Each handler with recorded fixtures from `stripe fixtures`; idempotency (handler applied twice).',
        integrationTests:
          '`stripe listen --forward-to localhost:3000/api/webhooks/stripe` + `stripe trigger` in the CI billing job.',
        manualTesting:
          'Upgrade, downgrade and cancel a test workspace in Stripe test mode; check the billing page after each.',
      },
      codeReviewPlan: {
        reviewers: '@priya.raman, @lucas.moreau',
        reviewFocus: 'Raw body handling, idempotency of each handler, retry behaviour on Stripe API errors.',
        documentation: 'Each handler file starts with a comment naming the Stripe event and the projection it writes.',
      },
      teamDependencies: {
        items: [
          {
            name: 'Finance (Jordan)',
            description: 'Confirm which invoice states count as revenue for the MRR report.',
          },
          { name: 'Platform on-call', description: 'Add the worker to the on-call runbook.' },
        ],
      },
      externalDependencies: {
        items: [
          {
            name: 'Stripe API 2026-09-30',
            description: 'Pinned API version; webhook endpoint created with the same version.',
          },
          { name: 'stripe-node ^19', description: 'Official SDK for signature verification and object retrieval.' },
        ],
      },
      ...stripeWebhookSpecSections,
    },
  },
];
