// Billing v2: customer portal, tax, invoice emails and smaller follow-ups (sprints 12-13 and backlog).
import { doneChecklists } from './checklists';
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const billingOpsTasks: DemoTask[] = [
  {
    ref: 'billing-customer-portal',
    title: 'Link to the Stripe customer portal from billing settings',
    status: 'DONE',
    assignee: users.lucas,
    feature: features.billing,
    sprint: 12,
    estimatePoints: 2,
    prerequisites: [{ ref: 'billing-stripe-customer-sync', description: 'Portal sessions need a Stripe customer.' }],
    sections: {
      ...doneChecklists,
      summary: {
        text: '"Manage payment methods" button that opens a Stripe billing portal session for the workspace.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Only ADMIN members see the button', isDone: true },
          { text: 'Portal return URL is `/settings/billing`', isDone: true },
        ],
      },
    },
  },
  {
    ref: 'billing-stripe-tax-setup',
    title: 'Enable Stripe Tax and register VAT/GST IDs for EU, UK and Australia',
    status: 'IN_PROGRESS',
    assignee: users.avery,
    feature: features.billing,
    sprint: 12,
    estimatePoints: 3,
    sections: {
      summary: {
        text: 'Turn on Stripe Tax in live mode, add our tax registrations and set `automatic_tax` on all prices.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Registrations for EU OSS, UK VAT and AU GST added in Stripe', isDone: true },
          { text: 'All Billing v2 prices have a tax code (`txcd_10103001` SaaS)', isDone: true },
          { text: 'Accountant confirms the setup in writing', isDone: false },
        ],
      },
      teamDependencies: {
        items: [
          {
            name: 'External accountant (Baker & Lowe)',
            description: 'Sign-off on OSS registration details; meeting booked for 2026-11-26.',
          },
        ],
      },
      externalDependencies: {
        items: [{ name: 'Stripe Tax', description: '0.5% per transaction where we are registered.' }],
      },
    },
  },
  {
    ref: 'billing-invoice-tax-lines',
    title: 'Show VAT lines and reverse-charge notes on invoices',
    status: 'BLOCKED',
    assignee: users.maya,
    feature: features.billing,
    sprint: 12,
    estimatePoints: 3,
    blockedBy: ['billing-stripe-tax-setup'],
    sections: {
      summary: {
        text: 'Invoices list and PDF show tax per line, the customer\'s VAT ID and "Reverse charge" for EU B2B customers.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Tax amount and rate shown per invoice line' },
          { text: 'EU B2B invoices carry the reverse-charge note required by Art. 196 VAT Directive' },
        ],
      },
      implementationNotes: {
        items: [
          { text: 'Waiting on Stripe Tax to be live: test-mode invoices have no real tax breakdown to build against.' },
        ],
      },
    },
  },
  {
    ref: 'billing-invoice-emails',
    title: 'Send invoice and payment-failed emails via Postmark templates',
    status: 'TODO',
    assignee: users.maya,
    feature: features.billing,
    sprint: 13,
    estimatePoints: 3,
    prerequisites: [
      {
        ref: 'billing-webhook-handler',
        description: 'Emails are triggered from `invoice.paid` and `invoice.payment_failed` handlers.',
      },
    ],
    sections: {
      summary: {
        text: "Replace Stripe's default receipts with branded Postmark emails sent to the workspace billing contact.",
      },
      acceptanceCriteria: {
        items: [
          { text: 'Receipt email on `invoice.paid` with a link to the hosted invoice' },
          { text: 'Payment-failed email with an "Update payment method" link to the portal' },
          { text: 'Emails are sent once even when the webhook event is retried' },
        ],
      },
      configuration: {
        environmentVariables: '`POSTMARK_SERVER_TOKEN`, `POSTMARK_BILLING_STREAM=billing`.',
        settings: 'Disable "Email customers about successful payments" in the Stripe dashboard.',
      },
      codeChanges: {
        items: [
          { path: 'emails/billing/receipt.mjml', summary: 'Receipt template', changeType: 'NEW' },
          { path: 'emails/billing/payment-failed.mjml', summary: 'Payment failed template', changeType: 'NEW' },
          { path: 'lib/billing/events/invoice-paid.ts', summary: 'Send receipt', changeType: 'MODIFIED' },
        ],
      },
    },
  },
  {
    ref: 'billing-plan-limits',
    title: 'Enforce plan limits (seats, projects) in API middleware',
    status: 'TODO',
    feature: features.billing,
    estimatePoints: 5,
    related: ['billing-usage-metering'],
    sections: {
      summary: { text: 'Team plan: max 25 seats and 10 projects; return 402 with an upgrade link when exceeded.' },
      acceptanceCriteria: {
        items: [
          { text: 'Inviting the 26th member on Team is refused with an upgrade prompt' },
          { text: 'Existing workspaces above the limit are grandfathered until renewal' },
        ],
      },
    },
  },
  {
    ref: 'billing-revenue-dashboard',
    title: 'Internal MRR and churn dashboard in Metabase',
    status: 'TODO',
    feature: features.billing,
    estimateHours: 6,
    sections: {
      summary: {
        text: 'MRR, net revenue retention and involuntary churn from the `subscriptions` and `invoices` projections.',
      },
    },
  },
];
