// Billing v2: dunning and retiring the legacy invoicing (sprint 13 and backlog).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const billingDunningTasks: DemoTask[] = [
  {
    ref: 'billing-dunning',
    title: 'Dunning: retry schedule and read-only mode after failed payments',
    status: 'TODO',
    assignee: users.lucas,
    feature: features.billing,
    sprint: 13,
    estimatePoints: 8,
    completionTarget: '2026-12-11',
    prerequisites: [
      {
        ref: 'billing-webhook-handler',
        description: 'Dunning state is driven by `invoice.payment_failed` and `customer.subscription.updated`.',
      },
    ],
    related: ['billing-invoice-emails'],
    sections: {
      summary: {
        text: 'When a renewal fails, retry per Stripe Smart Retries, warn admins in-app, and switch the workspace to read-only after 14 days past due.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Admins see a banner from the first failed payment until it is resolved' },
          { text: 'After 14 days `past_due`, writes return 402 with a link to billing; reads keep working' },
          { text: 'Paying the invoice restores write access within a minute' },
        ],
      },
      implementationApproach: {
        solution:
          'Derive `workspace.billing_state` (`ok`, `grace`, `read_only`) from the subscription status and `past_due_since`; a middleware checks it on mutating requests.',
        keyComponents: [
          {
            name: 'Billing state resolver',
            description: 'Pure function of subscription fields; unit tested with a table of cases.',
          },
          {
            name: 'Write guard middleware',
            description: 'Applies to `POST`, `PUT`, `PATCH`, `DELETE` under `/api/v1` and server actions.',
          },
          { name: 'Banner component', description: 'Shown to ADMIN and MANAGER roles.' },
        ],
      },
      codeChanges: {
        items: [
          { path: 'lib/billing/billing-state.ts', summary: 'State resolver', changeType: 'NEW' },
          {
            path: 'lib/api/with-write-guard.ts',
            summary: 'Write guard for API routes and server actions',
            changeType: 'NEW',
          },
          {
            path: 'lib/billing/events/invoice-payment-failed.ts',
            summary: 'Set `past_due_since` on first failure',
            changeType: 'MODIFIED',
          },
        ],
      },
      databaseChanges: {
        tables: '`workspaces.past_due_since timestamptz null`, `workspaces.billing_state_override text null`.',
        migrations: '`20261201_dunning_state`',
      },
      developmentSteps: {
        items: [
          { title: 'State resolver and columns', estimatedTime: '4 hours' },
          {
            title: 'Write guard',
            estimatedTime: '1 day',
            notes: 'Exempt billing routes themselves, or nobody can pay.',
          },
          {
            title: 'Banner and emails',
            estimatedTime: '1 day',
            dependencies: 'Email templates from the Postmark invoice-emails task',
          },
        ],
      },
      testingPlan: {
        unitTests: 'Resolver truth table; guard on each HTTP method.',
        integrationTests: 'Stripe test clock: fail renewal, advance 15 days, pay invoice.',
        manualTesting: 'Read-only workspace UI: every edit control disabled with a tooltip.',
      },
      teamDependencies: {
        items: [
          { name: 'Support', description: 'Agree on the wording of the read-only banner and the override process.' },
        ],
      },
      configuration: {
        environmentVariables: '`BILLING_GRACE_DAYS=14`, `BILLING_GRACE_DAYS_INVOICED=30`.',
        settings:
          'Stripe Smart Retries: 4 attempts within 2 weeks; subscription stays `past_due` (not cancelled) afterwards.',
      },
      unitTestCases: {
        items: [
          {
            title: 'Grace period',
            given: 'Subscription `past_due` since 3 days',
            when: 'A member creates a task',
            then: 'The request succeeds and the admin banner is shown',
          },
          {
            title: 'Read-only',
            given: 'Subscription `past_due` since 15 days',
            when: 'A member edits a task',
            then: 'The API responds 402 `{ code: "billing_read_only" }`',
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'Enterprise invoices paid by bank transfer',
            handling: 'Workspaces with `collection_method = send_invoice` get 30 days instead of 14.',
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'Webhook delay after payment',
            handling: 'The "I have paid" button triggers an immediate re-sync from Stripe.',
          },
        ],
      },
      technicalRisks: {
        items: [
          {
            name: 'Locking out a paying customer',
            description: 'A projection bug could wrongly set read-only.',
            mitigation: 'Read-only requires two independent signals: Stripe status and our `past_due_since`.',
            contingency: 'Support override flag `billing_state_override` per workspace.',
          },
        ],
      },
      integrationTestCases: {
        items: [
          {
            title: 'Full dunning cycle',
            setup: 'Test-mode workspace with card `4000 0000 0000 0341` (attaches, then fails)',
            steps: '1. Advance test clock to renewal\n2. Advance 15 days\n3. Update card and pay',
            validation: 'Banner, then 402 on writes, then writes restored',
          },
        ],
      },
      deploymentSteps: {
        items: [
          {
            title: 'Ship in observe mode',
            description: 'Resolver runs and logs, guard does not block (`billing_read_only_enforce` off).',
          },
          {
            title: 'Review the observe-mode report',
            description: 'Every workspace that would have been blocked is checked by Finance.',
          },
          { title: 'Enable enforcement', description: 'Turn on `billing_read_only_enforce`.' },
        ],
      },
      rollbackPlan: {
        trigger: 'Any paying workspace wrongly switched to read-only.',
        steps: 'Turn off `billing_read_only_enforce`; banners stay.',
        dataConsiderations: 'None - no data is changed while read-only.',
      },
      monitoring: {
        alerts: 'More than 5 workspaces entering read-only in one day.',
        metrics: 'Workspaces per billing state; recovery rate within the grace period.',
      },
      userDocumentation: {
        userGuides: 'Help article "What happens when a payment fails".',
        helpContent: 'Banner links to the article and to the customer portal.',
      },
      references: {
        items: [
          {
            kind: 'OTHER',
            label: 'Stripe docs',
            value: '[Automate payment retries](https://docs.stripe.com/billing/revenue-recovery/smart-retries)',
          },
        ],
      },
      processSuccess: {
        items: [
          { text: 'Support team trained on the override flag' },
          { text: 'Customer Success informed before release' },
        ],
      },
    },
  },
  {
    ref: 'billing-legacy-invoicing-removal',
    title: 'Remove legacy `InvoiceGenerator` cron and `legacy_invoices` table',
    status: 'TODO',
    feature: features.billing,
    estimatePoints: 3,
    prerequisites: [
      { ref: 'billing-webhook-handler', description: 'Stripe must be the source of truth for invoices.' },
      { ref: 'billing-dunning', description: 'The old cron still suspends unpaid workspaces until dunning ships.' },
    ],
    sections: {
      summary: { text: 'Delete the 2019 invoicing code path once all workspaces bill through Stripe.' },
      codeChanges: {
        items: [
          { path: 'lib/billing/legacy/invoice-generator.ts', summary: 'Monthly invoice cron', changeType: 'DELETED' },
          { path: 'lib/billing/legacy/pdf-renderer.ts', summary: 'wkhtmltopdf-based renderer', changeType: 'DELETED' },
          {
            path: 'lib/jobs/schedule.ts',
            summary: 'Remove the `legacy-invoices` schedule entry',
            changeType: 'MODIFIED',
          },
        ],
      },
      databaseChanges: {
        tables: 'Drop `legacy_invoices` and `legacy_invoice_lines`.',
        migrations: 'Two-step: rename to `_archived_legacy_invoices` now, drop 90 days later.',
        data: 'Export to `s3://acme-archive/billing/legacy-invoices-2019-2026.parquet` first (10-year retention).',
      },
      rollbackPlan: {
        trigger: 'Finance needs a legacy invoice that is not in the archive.',
        steps: 'Rename the archived table back; the code is recoverable from git tag `billing-legacy-final`.',
      },
    },
  },
];
