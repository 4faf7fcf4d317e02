// Billing v2: the pricing decision, the Stripe customer backfill and the billing data model (sprint 11).
import { doneChecklists } from './checklists';
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const billingTasks: DemoTask[] = [
  {
    ref: 'billing-pricing-model-adr',
    title: 'ADR: usage-based pricing model and Stripe Billing adoption',
    status: 'DONE',
    assignee: users.daniel,
    feature: features.billing,
    sprint: 11,
    estimatePoints: 3,
    sections: {
      ...doneChecklists,
      summary: {
        text: 'Decide how Billing v2 charges (per seat + metered add-ons) and confirm Stripe Billing over Chargebee and Paddle.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'ADR-014 merged with the decision and rejected alternatives', isDone: true },
          { text: 'Finance and Sales signed off on the price points', isDone: true },
        ],
      },
      teamDependencies: {
        items: [{ name: 'Finance', description: 'Revenue recognition impact of metered pricing.' }],
      },
      references: {
        items: [
          { kind: 'DESIGN_DOCUMENT', label: '', value: '`docs/adr/014-billing-v2-stripe.md`' },
          { kind: 'RESEARCH', label: '', value: 'Pricing interviews with 14 customers (Notion: Pricing research Q3)' },
        ],
      },
    },
  },
  {
    ref: 'billing-stripe-customer-sync',
    title: 'Backfill Stripe customers for existing workspaces',
    status: 'DONE',
    assignee: users.lucas,
    feature: features.billing,
    sprint: 11,
    estimatePoints: 5,
    estimateHours: 10,
    completionTarget: '2026-11-11',
    sections: {
      ...doneChecklists,
      summary: {
        text: 'Create a Stripe customer for each of the 3,412 paying workspaces and store `workspaces.stripe_customer_id`.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Every paying workspace has a `stripe_customer_id`', isDone: true },
          { text: 'Script is resumable and idempotent (uses `idempotencyKey = workspace.id`)', isDone: true },
          { text: 'Dry run report reviewed by Finance', isDone: true },
        ],
      },
      implementationApproach: {
        solution:
          'One-off script run from a maintenance pod, processing workspaces in batches of 50 with Stripe idempotency keys.',
        keyComponents: [
          { name: '`scripts/billing/backfill-customers.ts`', description: 'Batches, retries, progress log.' },
          {
            name: 'Billing email resolution',
            description: 'Workspace billing contact, falling back to the oldest admin.',
          },
        ],
      },
      codeChanges: {
        items: [
          {
            path: 'scripts/billing/backfill-customers.ts',
            summary: 'Backfill script',
            changeType: 'NEW',
            details: '`--dry-run` prints a CSV instead of calling Stripe.',
          },
          {
            path: 'lib/billing/customers.ts',
            summary: '`ensureStripeCustomer(workspace)`',
            changeType: 'NEW',
            details: 'Also called on workspace creation from now on.',
          },
          {
            path: 'lib/workspaces/create-workspace.ts',
            summary: 'Create Stripe customer for new workspaces',
            changeType: 'MODIFIED',
            details: '',
          },
        ],
      },
      databaseChanges: {
        tables: '`workspaces.stripe_customer_id text unique null`',
        migrations: '`20261103_workspace_stripe_customer`',
        data: 'Backfilled by the script; 3,412 rows updated, 0 failures on the final run.',
      },
      developmentSteps: {
        items: [
          { title: 'Script with dry-run mode', estimatedTime: '4 hours', description: '' },
          {
            title: 'Dry run on production snapshot',
            estimatedTime: '2 hours',
            dependencies: 'Snapshot restored to `billing-sandbox`',
          },
          { title: 'Live run', estimatedTime: '3 hours', notes: 'Stripe rate limit is 100 writes/s; we stay at 20/s.' },
        ],
      },
      testingPlan: {
        unitTests: 'Billing email resolution (contact, fallback admin, no admin).',
        integrationTests: 'Script against Stripe test mode with 200 fixture workspaces, killed and resumed halfway.',
        manualTesting: 'Finance spot-checks 20 random customers in the Stripe dashboard after the live run.',
      },
      codeReviewPlan: {
        reviewers: '@maya.chen',
        reviewFocus: 'Resumability, idempotency keys, no PII in logs.',
        documentation: 'Usage block at the top of the script (`--dry-run`, `--from`, `--batch-size`).',
      },
      teamDependencies: {
        items: [{ name: 'Finance', description: 'Review the dry-run CSV of billing contacts before the live run.' }],
      },
      externalDependencies: {
        items: [{ name: 'Stripe API', description: 'Customer create endpoint; 100 write requests/s live-mode limit.' }],
      },
      configuration: {
        environmentVariables:
          '`STRIPE_SECRET_KEY` (restricted key with customer write only, created for the backfill and revoked afterwards).',
      },
      edgeCases: {
        items: [
          {
            name: 'Workspace without any admin',
            handling: 'Use the billing contact from the last legacy invoice; 7 such workspaces.',
          },
          { name: 'Billing email with a plus address', handling: 'Kept as is; Stripe accepts it.' },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'Stripe 429 rate limit',
            handling: 'Exponential backoff starting at 1 s; the batch is retried, not skipped.',
          },
        ],
      },
      technicalRisks: {
        items: [
          {
            name: 'Duplicate customers on retry',
            description: 'A timeout after Stripe created the customer.',
            mitigation: 'Idempotency key per workspace.',
            contingency: 'Dedup report by `metadata.workspace_id`.',
          },
        ],
      },
      deploymentSteps: {
        items: [
          {
            title: 'Deploy migration and `ensureStripeCustomer`',
            description: 'New workspaces get a customer from now on.',
          },
          {
            title: 'Run the backfill from the maintenance pod',
            description: '`npx tsx scripts/billing/backfill-customers.ts --batch-size 50`',
          },
        ],
      },
      monitoring: {
        metrics:
          "Progress log every 100 workspaces; final count compared with `SELECT count(*) FROM workspaces WHERE plan <> 'free'`.",
      },
      implementationNotes: {
        items: [
          {
            text: 'Stripe idempotency keys expire after 24 hours, so a resumed run on a later day relies on the `stripe_customer_id IS NULL` filter instead.',
          },
        ],
      },
      rollbackPlan: {
        trigger: 'Wrong billing emails found in the dry-run review.',
        steps: 'Delete created customers by `metadata.backfill = "2026-11"` with the cleanup script; null the column.',
        dataConsiderations: 'No charges are created by the backfill, so deleting customers is safe.',
      },
      functionalSuccess: { items: [{ text: 'All paying workspaces linked to a Stripe customer', isDone: true }] },
    },
  },
  {
    ref: 'billing-subscription-table',
    title: 'Add `subscriptions` and `invoices` tables mirroring Stripe state',
    status: 'DONE',
    assignee: users.maya,
    feature: features.billing,
    sprint: 11,
    estimatePoints: 5,
    sections: {
      ...doneChecklists,
      summary: {
        text: 'Local read models of Stripe subscriptions and invoices so the app never calls Stripe on page load.',
      },
      databaseChanges: {
        tables:
          '`subscriptions (stripe_subscription_id pk, workspace_id, status, plan, seats, current_period_end, cancel_at)`; `invoices (stripe_invoice_id pk, workspace_id, status, amount_due_cents, currency, hosted_invoice_url, created)`',
        migrations: '`20261105_billing_projections`',
        data: 'Populated by the webhook worker; no backfill.',
      },
      dataStructures: {
        blocks: [
          {
            language: 'typescript',
            code: `interface Subscription {
  stripeSubscriptionId: string;
  workspaceId: string;
  status: 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid';
  plan: 'team' | 'business' | 'enterprise';
  seats: number;
  currentPeriodEnd: Date;
}`,
          },
        ],
      },
      definitionOfDone: {
        items: [
          { text: 'Migration reviewed by the DBA on-call', isDone: true },
          { text: 'Prisma models and repository merged', isDone: true },
        ],
      },
    },
  },
];
