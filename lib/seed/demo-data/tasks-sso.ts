// Single sign-on: foundations and login flows (sprints 11-12).
import { doneChecklists } from './checklists';
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const ssoTasks: DemoTask[] = [
  {
    ref: 'sso-spike-saml-libraries',
    title: 'Spike: evaluate SAML libraries for Node.js',
    status: 'DONE',
    assignee: users.priya,
    feature: features.sso,
    sprint: 11,
    estimatePoints: 3,
    sections: {
      ...doneChecklists,
      summary: {
        text: 'Compare `@node-saml/node-saml`, `samlify` and a hosted broker (WorkOS) and recommend one for the ACS endpoint.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Each option tested against the XSW attack fixtures', isDone: true },
          { text: 'Recommendation written up with licence and maintenance status', isDone: true },
        ],
      },
      implementationNotes: {
        items: [
          { text: '`samlify` failed 2 of 8 signature-wrapping fixtures with default options.' },
          { text: 'WorkOS works well but costs $125 per connection per month - too much for our price point.' },
          { text: '**Decision:** `@node-saml/node-saml` v5 with `wantAssertionsSigned: true`.' },
        ],
      },
      references: {
        items: [
          {
            kind: 'RESEARCH',
            label: '',
            value: '[Spike notebook: SAML libraries](https://docs.acme.dev/spikes/saml-libraries)',
          },
          { kind: 'OTHER', label: 'Fixtures', value: '`tests/fixtures/saml/xsw/` - eight signature-wrapping variants' },
        ],
      },
    },
  },
  {
    ref: 'sso-identity-provider-model',
    title: 'Add `identity_providers` table and workspace SSO settings',
    status: 'DONE',
    assignee: users.lucas,
    feature: features.sso,
    sprint: 11,
    estimatePoints: 5,
    completionTarget: '2026-11-12',
    sections: {
      ...doneChecklists,
      summary: {
        text: 'Store one or more SAML/OIDC identity providers per workspace, with encrypted secrets and verified email domains.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Migration creates `identity_providers` and `workspace_domains`', isDone: true },
          { text: 'OIDC client secrets are encrypted at rest with the app KMS key', isDone: true },
          { text: 'Repository functions covered by tests', isDone: true },
        ],
      },
      implementationApproach: {
        solution:
          'A single table with a `protocol` discriminator and protocol-specific JSON config validated by zod on read and write.',
        keyComponents: [
          {
            name: 'Prisma model `IdentityProvider`',
            description: 'workspace, protocol, display name, enabled flag, config JSON, encrypted secret.',
          },
          { name: '`lib/auth/idp-repository.ts`', description: 'CRUD plus `findEnabledForWorkspace()`.' },
        ],
      },
      codeChanges: {
        items: [
          {
            path: 'prisma/schema.prisma',
            summary: 'New models `IdentityProvider`, `WorkspaceDomain`',
            changeType: 'MODIFIED',
            details: '',
          },
          {
            path: 'lib/auth/idp-repository.ts',
            summary: 'Repository',
            changeType: 'NEW',
            details: 'Decrypts `client_secret` only in `getOidcClientConfig()`.',
          },
        ],
      },
      databaseChanges: {
        tables:
          '`identity_providers (id, workspace_id, protocol, display_name, enabled, config jsonb, secret_ciphertext bytea)`, `workspace_domains (workspace_id, domain, verified_at)`',
        migrations: '`20261104_identity_providers` - additive.',
        data: 'None.',
      },
      dataStructures: {
        blocks: [
          {
            language: 'typescript',
            code: `type IdentityProviderConfig =
  | { protocol: 'saml'; entityId: string; ssoUrl: string; certificates: string[] }
  | { protocol: 'oidc'; issuer: string; clientId: string; scopes: string[] };`,
          },
        ],
      },
      developmentSteps: {
        items: [
          {
            title: 'Schema and migration',
            description: 'Prisma models, unique `(workspace_id, domain)`.',
            estimatedTime: '3 hours',
          },
          {
            title: 'Config zod schemas and repository',
            description: 'Validation on every read, so a bad row fails loudly.',
            estimatedTime: '1 day',
          },
          {
            title: 'Secret encryption helper',
            description: 'Reuses `lib/crypto/envelope.ts` (already used for webhook secrets).',
            estimatedTime: '3 hours',
            dependencies: 'KMS key alias `alias/specboard-app` in every environment',
          },
        ],
      },
      testingPlan: {
        unitTests: 'Config schemas (valid/invalid SAML and OIDC configs); encryption round trip.',
        integrationTests: 'Repository against the test database: create, update, disable, find by domain.',
        manualTesting: 'Inspect a row in staging and confirm `secret_ciphertext` is not readable.',
      },
      codeReviewPlan: {
        reviewers: '@maya.chen',
        reviewFocus: 'Indexes for the login-path lookups; no plaintext secret in logs or errors.',
        documentation: 'TSDoc on repository functions.',
      },
      unitTestCases: {
        items: [
          {
            title: 'Rejects SAML config without a certificate',
            given: 'A SAML config with `certificates: []`',
            when: 'It is saved',
            then: 'A validation error names the `certificates` field',
          },
          {
            title: 'Finds provider by domain',
            given: 'Verified domain `northwind.com` on workspace `northwind`',
            when: '`findByEmailDomain("Ann@Northwind.com")` is called',
            then: "It returns the workspace's enabled provider",
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'Same domain claimed by two workspaces',
            handling: 'Allowed while unverified; verification fails for the second workspace with a clear message.',
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'KMS unavailable',
            handling: 'Saving an OIDC provider fails with 503; SAML providers (no secret) still save.',
          },
        ],
      },
      technicalRisks: {
        items: [
          {
            name: 'Schema too rigid for future protocols',
            description: 'We may add LDAP or WS-Fed later.',
            mitigation: 'Protocol discriminator plus JSON config.',
            contingency: 'New table per protocol if needed.',
          },
        ],
      },
      securityConsiderations: {
        items: [
          {
            name: 'Client secret storage',
            description: 'OIDC client secrets are credentials.',
            requirements: 'AES-256-GCM envelope encryption; never returned by any API.',
            validation: 'Test asserts the API response has no `secret` field.',
          },
        ],
      },
      deploymentSteps: {
        items: [
          { title: 'Apply migration', description: 'Additive; applied by the release pipeline.' },
          {
            title: 'Verify KMS permissions',
            description: 'App role can `Encrypt`/`Decrypt` with `alias/specboard-app` in production.',
          },
        ],
      },
      codeDocumentation: {
        inlineComments: 'Document why config is JSON rather than columns.',
        readmeUpdates: '`lib/auth/README.md`: new "Identity providers" section.',
      },
      technicalDocumentation: {
        architectureDocs: 'Data model diagram in `ARCHITECTURE.md` gains the two tables.',
      },
      functionalSuccess: { items: [{ text: 'Model supports both SAML and OIDC', isDone: true }] },
      implementationNotes: {
        items: [
          {
            text: 'Domains are stored lower-cased and punycode-encoded so that `Bücher.example` and `xn--bcher-kva.example` match.',
          },
        ],
      },
      references: {
        items: [
          { kind: 'DESIGN_DOCUMENT', label: '', value: '[SSO data model](https://docs.acme.dev/sso/data-model)' },
        ],
      },
    },
  },
  {
    ref: 'sso-idp-test-tenants',
    title: 'Provision Okta and Entra ID developer tenants for CI',
    status: 'IN_PROGRESS',
    assignee: users.avery,
    feature: features.sso,
    sprint: 12,
    estimateHours: 4,
    sections: {
      summary: {
        text: 'Create dedicated IdP tenants for automated SSO tests and store their credentials in the CI secret store.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Okta developer org `acme-ci` created with a test user and SAML + OIDC apps', isDone: true },
          { text: 'Entra ID tenant approved by IT and app registrations created', isDone: false },
          { text: 'Secrets `OKTA_CI_*` and `ENTRA_CI_*` added to GitHub Actions', isDone: false },
        ],
      },
      teamDependencies: {
        items: [
          {
            name: 'IT (Microsoft 365 admin)',
            description: 'Approval to create a separate Entra ID tenant - requested 2026-11-17, ticket IT-2291.',
          },
        ],
      },
      externalDependencies: {
        items: [
          { name: 'Okta Developer Edition', description: 'Free tier; 100 monthly active users is plenty for CI.' },
        ],
      },
    },
  },
];
