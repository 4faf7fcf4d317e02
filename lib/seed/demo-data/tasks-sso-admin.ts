// Single sign-on: the admin settings page (sprint 12).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const ssoAdminTasks: DemoTask[] = [
  {
    ref: 'sso-admin-settings-ui',
    title: 'SSO configuration page in workspace admin settings',
    status: 'IN_PROGRESS',
    assignee: users.maya,
    feature: features.sso,
    sprint: 12,
    estimatePoints: 5,
    prerequisites: [{ ref: 'sso-identity-provider-model', description: 'The page edits `identity_providers` rows.' }],
    related: ['sso-saml-acs-endpoint', 'sso-oidc-login'],
    sections: {
      summary: {
        text: 'Let workspace admins add, test and enable a SAML or OIDC identity provider at `/settings/sso`.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Admin can paste IdP metadata XML or enter fields by hand', isDone: true },
          { text: '"Test connection" runs a login in a popup without enabling the IdP', isDone: false },
          { text: 'Only ADMIN members see the page; others get 403', isDone: true },
        ],
      },
      definitionOfDone: {
        items: [
          { text: 'Design review with the product designer (Figma parity)', isDone: false },
          { text: 'Accessibility check passed (axe, keyboard only)', isDone: false },
          { text: 'Code reviewed and merged', isDone: false },
        ],
      },
      implementationApproach: {
        solution:
          'Server component page with a client form; server actions call the repository. Metadata XML is parsed server-side.',
        keyComponents: [
          { name: 'SsoSettingsForm', description: 'Protocol tabs (SAML / OIDC), zod-validated.' },
          {
            name: 'Test connection popup',
            description: 'Starts the login with `test=1`; the result is posted back via `postMessage`.',
          },
        ],
      },
      codeChanges: {
        items: [
          { path: 'app/(app)/settings/sso/page.tsx', summary: 'Settings page', changeType: 'NEW' },
          {
            path: 'app/(app)/settings/sso/actions.ts',
            summary: 'Server actions: save, enable, disable, delete',
            changeType: 'NEW',
          },
          { path: 'lib/auth/saml/parse-metadata.ts', summary: 'IdP metadata XML parser', changeType: 'NEW' },
          {
            path: 'app/(app)/settings/layout.tsx',
            summary: 'Add "Single sign-on" to the settings nav',
            changeType: 'MODIFIED',
          },
        ],
      },
      apiChanges: {
        endpoints:
          'No REST endpoints; server actions only. `GET /api/auth/saml/{workspace}/metadata` is linked from the page.',
        documentation: 'None for the public API.',
      },
      developmentSteps: {
        items: [
          { title: 'Form and server actions', estimatedTime: '1 day' },
          {
            title: 'Metadata XML import',
            estimatedTime: '4 hours',
            notes: 'Disable DTDs and external entities in the XML parser.',
          },
          {
            title: 'Test connection popup',
            estimatedTime: '1 day',
            dependencies: 'ACS and OIDC callback support `test=1`',
          },
        ],
      },
      testingPlan: {
        unitTests: 'Metadata XML parser with Okta, Entra ID and Google samples.',
        integrationTests: 'Playwright: admin configures the mock IdP and tests the connection.',
        manualTesting: 'Keyboard-only navigation and screen reader labels on the form.',
      },
      codeReviewPlan: {
        reviewers: '@lucas.moreau, design review by Noor (product design)',
        reviewFocus: 'Authorization on every server action, XML parser hardening.',
      },
      unitTestCases: {
        items: [
          {
            title: 'Parses Entra ID federation metadata',
            given: 'The sample `FederationMetadata.xml` from Entra ID',
            when: '`parseIdpMetadata()` runs',
            then: 'Entity ID, SSO URL and both signing certificates are extracted',
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'Metadata with several signing certificates',
            handling: 'All are stored; validation accepts any of them (supports rotation).',
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'Pasted text is not XML',
            handling: 'Inline error "This doesn\'t look like SAML metadata" on the field.',
          },
        ],
      },
      securityConsiderations: {
        items: [
          {
            name: 'XXE in uploaded metadata',
            description: 'Metadata XML is attacker-controlled input.',
            requirements: 'Parser with DTD processing disabled.',
            validation: 'Unit test with a billion-laughs and an external entity payload.',
          },
        ],
      },
      configuration: {
        settings: 'Per workspace: enabled providers, "Allow IdP-initiated login", "Create accounts on first login".',
      },
      userDocumentation: {
        userGuides: 'Screenshots for the "Set up SAML single sign-on" article.',
        helpContent: 'Inline help for each field, linking to the IdP-specific guide.',
      },
      implementationNotes: {
        items: [
          {
            text: 'The SP metadata URL and ACS URL are shown with copy buttons - most support tickets in the prototype were typos there.',
          },
        ],
      },
      references: {
        items: [
          {
            kind: 'DESIGN_DOCUMENT',
            label: '',
            value: '[SSO settings (Figma)](https://www.figma.com/file/acme-sso-settings)',
          },
        ],
      },
    },
  },
];
