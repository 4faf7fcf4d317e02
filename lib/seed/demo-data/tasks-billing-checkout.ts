// Billing v2: the upgrade flow with Stripe Checkout (sprint 12).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const billingCheckoutTasks: DemoTask[] = [
  {
    ref: 'billing-checkout-page',
    title: 'Upgrade flow with Stripe Checkout and plan picker',
    status: 'IN_REVIEW',
    assignee: users.daniel,
    feature: features.billing,
    sprint: 12,
    estimatePoints: 5,
    reviewDate: '2026-11-25',
    prerequisites: [
      { ref: 'billing-subscription-table', description: 'Plan picker reads the current subscription.' },
      { ref: 'billing-stripe-customer-sync', description: 'Checkout sessions are created for the existing customer.' },
    ],
    sections: {
      summary: {
        text: 'Plan picker at `/settings/billing/plans` that creates a Stripe Checkout session and returns to a confirmation page.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Monthly/annual toggle with correct prices from Stripe Prices', isDone: true },
          { text: 'Checkout pre-fills the customer and tax ID collection', isDone: true },
          { text: 'Return page waits for the webhook before showing the new plan', isDone: true },
        ],
      },
      implementationApproach: {
        solution:
          'Prices are read from Stripe (cached 10 minutes) and filtered by an allow-list of lookup keys. The API creates a Checkout session in `subscription` mode; the return page polls `subscriptions` until the webhook has landed.',
        keyComponents: [
          { name: 'PlanPicker', description: 'Client component with monthly/annual toggle and seat input.' },
          { name: 'Checkout session API', description: 'Validates the lookup key and seat count server-side.' },
          { name: 'Return page', description: 'Polls every second for up to 20 s, then shows "We\'re finishing up".' },
        ],
      },
      codeChanges: {
        items: [
          { path: 'app/(app)/settings/billing/plans/page.tsx', summary: 'Plan picker page', changeType: 'NEW' },
          {
            path: 'app/api/billing/checkout-session/route.ts',
            summary: 'Creates Checkout sessions',
            changeType: 'NEW',
          },
          { path: 'lib/billing/prices.ts', summary: 'Cached price list by lookup key', changeType: 'NEW' },
          { path: 'app/(app)/settings/billing/page.tsx', summary: '"Change plan" button', changeType: 'MODIFIED' },
        ],
      },
      apiChanges: {
        endpoints: '`POST /api/billing/checkout-session` (new)',
        requestResponse: 'Request `{ lookupKey, seats }`; response `{ url }` for a redirect to Stripe.',
        documentation: 'Internal endpoint, documented in `docs/billing/README.md`.',
      },
      architectureImpact: {
        modifiedComponents: 'Billing settings section; upgrade CTA in the plan-limit dialogs.',
        integrationPoints: 'Stripe Checkout (hosted page) and Stripe Prices API.',
      },
      developmentSteps: {
        items: [
          { title: 'Prices cache and API route', estimatedTime: '4 hours' },
          { title: 'Plan picker UI', estimatedTime: '1 day', dependencies: 'Final copy from Marketing' },
          { title: 'Return page and polling', estimatedTime: '4 hours' },
        ],
      },
      testingPlan: {
        unitTests: 'Lookup key allow-list, seat bounds (1-5000), role check.',
        integrationTests: 'Playwright through Stripe Checkout in test mode.',
        manualTesting: 'Coupon code, 3-D Secure card `4000 0027 6000 3184`, Safari.',
      },
      apiContracts: {
        blocks: [
          {
            language: 'http',
            code: `POST /api/billing/checkout-session HTTP/1.1
Content-Type: application/json

{ "lookupKey": "business_annual", "seats": 25 }

HTTP/1.1 200 OK
{ "url": "https://checkout.stripe.com/c/pay/cs_live_a1B2c3" }`,
          },
        ],
      },
      configuration: {
        environmentVariables: '`STRIPE_CHECKOUT_SUCCESS_URL`, `STRIPE_CHECKOUT_CANCEL_URL` (default to the app URL).',
        settings: 'Stripe: allow promotion codes, collect tax IDs, billing address required.',
      },
      codeReviewPlan: {
        reviewers: '@maya.chen',
        reviewFocus: 'Price IDs never come from the client unvalidated; only ADMIN can start checkout.',
      },
      unitTestCases: {
        items: [
          {
            title: 'Unknown lookup key',
            given: 'A request with `lookupKey: "enterprise_free"`',
            when: 'The route runs',
            then: 'It answers 422 and creates no Checkout session',
          },
        ],
      },
      integrationTestCases: {
        items: [
          {
            title: 'Upgrade Team to Business',
            setup: 'Test-mode workspace on Team plan',
            steps: 'Pick Business annual, pay with card 4242 4242 4242 4242',
            validation: 'Plan shows Business within 10 s; invoice listed',
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'Workspace already has an active subscription',
            handling:
              "Plan changes go through the portal's subscription update flow instead of a new Checkout session.",
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'User abandons Checkout',
            handling: 'Cancel URL returns to the plan picker with the previous selection kept.',
          },
        ],
      },
      securityConsiderations: {
        items: [
          {
            name: 'Price tampering',
            description: 'A client could post any price ID.',
            requirements: 'Server maps lookup keys to price IDs; raw price IDs are rejected.',
            validation: 'Unit test plus manual attempt with a test-mode price ID.',
          },
        ],
      },
      monitoring: {
        metrics: 'Checkout sessions created vs. completed per plan (conversion funnel in Amplitude).',
      },
      userDocumentation: {
        helpContent: 'Billing FAQ: "How do I upgrade?" and "Can I switch to annual billing?"',
      },
      functionalSuccess: {
        items: [
          { text: 'Upgrade works for all four paid plans', isDone: true },
          { text: 'No support tickets about failed upgrades in the first week', isDone: false },
        ],
      },
    },
  },
];
