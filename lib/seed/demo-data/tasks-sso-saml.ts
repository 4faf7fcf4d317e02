// Single sign-on: the SAML assertion consumer service. A fully filled document: every section of the template.
import { samlAcsSpecSections } from './sections-sso-saml-acs';
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const ssoSamlTasks: DemoTask[] = [
  {
    ref: 'sso-saml-acs-endpoint',
    title: 'Implement SAML 2.0 assertion consumer service (ACS) endpoint',
    status: 'IN_REVIEW',
    assignee: users.priya,
    feature: features.sso,
    sprint: 12,
    estimatePoints: 8,
    estimateHours: 24,
    reviewDate: '2026-11-24',
    completionTarget: '2026-11-27',
    prerequisites: [
      {
        ref: 'sso-identity-provider-model',
        description: 'ACS reads the IdP certificate and entity ID from `identity_providers`.',
      },
      { ref: 'sso-spike-saml-libraries', description: 'Library choice (`@node-saml/node-saml`) decided in the spike.' },
    ],
    blockedBy: ['sso-idp-test-tenants'],
    related: ['sso-oidc-login', 'sso-admin-settings-ui'],
    sections: {
      summary: {
        text: "Accept signed SAML responses from a workspace's identity provider at `POST /api/auth/saml/{workspace}/acs`, validate them and start a Specboard session for the matched user.",
      },
      acceptanceCriteria: {
        items: [
          {
            text: 'A signed SAMLResponse from the Okta test tenant logs the user in and redirects to `RelayState`',
            isDone: true,
          },
          {
            text: 'Responses with an invalid signature, wrong audience or expired `NotOnOrAfter` are rejected with 401',
            isDone: true,
          },
          { text: 'Replayed assertions (same `ID` within its validity window) are rejected', isDone: true },
          {
            text: 'Unknown users get a clear error page unless JIT provisioning is enabled for the workspace',
            isDone: false,
          },
          { text: 'Works with Okta and Entra ID; Google Workspace verified manually', isDone: false },
        ],
      },
      definitionOfDone: {
        items: [
          { text: 'Code implemented with unit and integration tests', isDone: true },
          { text: 'Reviewed by a second engineer and by security (Daniel)', isDone: false },
          { text: 'SSO section of `ARCHITECTURE.md` updated', isDone: true },
          { text: 'Deployed to staging behind `sso_saml` flag and tested by a beta customer', isDone: false },
        ],
      },
      implementationApproach: {
        solution:
          "Use `@node-saml/node-saml` for XML signature validation and assertion parsing, wrapped in a small `SamlService` that loads the workspace's IdP settings per request. The route handler validates, looks up the user by `NameID` (email), records the assertion ID for replay protection and creates a session with the existing `createSession()` helper. SP metadata is served from a companion route.",
        keyComponents: [
          {
            name: 'SamlService',
            description: 'Builds a `SAML` instance per IdP, validates responses, maps attributes to `SamlProfile`.',
          },
          {
            name: 'ACS route handler',
            description: 'Next.js route `app/api/auth/saml/[workspace]/acs/route.ts`; form-POST binding only.',
          },
          { name: 'Replay cache', description: 'Table `saml_assertion_ids` with TTL = `NotOnOrAfter`; purged hourly.' },
          {
            name: 'SP metadata route',
            description: 'Serves `EntityDescriptor` XML so admins can paste one URL into their IdP.',
          },
        ],
      },
      codeChanges: {
        items: [
          {
            path: 'lib/auth/saml/saml-service.ts',
            summary: 'SAML validation and profile mapping',
            changeType: 'NEW',
            details: 'Caches one `SAML` instance per IdP id for 5 minutes; invalidated on settings change.',
          },
          {
            path: 'app/api/auth/saml/[workspace]/acs/route.ts',
            summary: 'ACS endpoint',
            changeType: 'NEW',
            details:
              'Parses `application/x-www-form-urlencoded`, never JSON. Returns 303 to `RelayState` after validating it is a same-origin path.',
          },
          {
            path: 'app/api/auth/saml/[workspace]/metadata/route.ts',
            summary: 'SP metadata XML',
            changeType: 'NEW',
            details: '',
          },
          {
            path: 'lib/auth/session.ts',
            summary: 'Record how a session was created',
            changeType: 'MODIFIED',
            details: 'Adds `method: "password" | "saml" | "oidc"` to the session row for the audit log.',
          },
          {
            path: 'lib/auth/legacy-sso-redirect.ts',
            summary: 'Remove the unused 2023 SSO prototype',
            changeType: 'DELETED',
            details: 'Dead code; never reached since the prototype flag was removed.',
          },
        ],
      },
      databaseChanges: {
        tables:
          "New `saml_assertion_ids (id text primary key, identity_provider_id uuid not null, expires_at timestamptz not null)`. Column `sessions.method text not null default 'password'`.",
        migrations:
          '`prisma/migrations/20261117_saml_replay_cache/migration.sql` - additive only, safe to run before deploy.',
        data: "No backfill; existing sessions get `method = 'password'` from the default.",
      },
      apiChanges: {
        endpoints:
          '- `POST /api/auth/saml/{workspace}/acs` (new)\n- `GET /api/auth/saml/{workspace}/metadata` (new)\n- `GET /api/auth/saml/{workspace}/login` (new, SP-initiated redirect)',
        requestResponse:
          'ACS takes the standard `SAMLResponse` and `RelayState` form fields and answers `303 See Other` or an HTML error page. No JSON API changes.',
        documentation:
          'Add the three routes to `docs/api/auth.md`; they are not part of the public REST API (`/api/v1`).',
      },
      architectureImpact: {
        newComponents: '`lib/auth/saml/` module (service, metadata builder, replay cache).',
        modifiedComponents:
          'Session creation (`lib/auth/session.ts`), login page (shows "Continue with SSO" when the workspace has an enabled IdP).',
        integrationPoints:
          'Customer identity providers (Okta, Entra ID, Google Workspace) via browser redirects only; no server-to-server calls.',
      },
      developmentSteps: {
        items: [
          {
            title: 'SamlService with signature validation',
            description: 'Wrap node-saml, map attributes.',
            estimatedTime: '1 day',
            dependencies: '`identity_providers` model merged',
            notes: 'Pin `wantAssertionsSigned: true`.',
          },
          {
            title: 'ACS and metadata routes',
            description: 'Route handlers plus error page.',
            estimatedTime: '6 hours',
            dependencies: '',
            notes: 'Use 303, not 302, after POST.',
          },
          {
            title: 'Replay cache and cleanup job',
            description: 'Table, insert-or-fail, hourly purge.',
            estimatedTime: '4 hours',
            dependencies: 'Migration reviewed',
            notes: '',
          },
          {
            title: 'Integration tests against Okta dev tenant',
            description: 'Playwright login flow in CI.',
            estimatedTime: '1 day',
            dependencies: 'Okta CI tenant',
            notes: 'Credentials come from the CI secret store, never the repo.',
          },
        ],
      },
      testingPlan: {
        unitTests:
          'SamlService: valid response, bad signature, wrong audience, clock skew, missing email attribute. Target 95% line coverage of `lib/auth/saml/`.',
        integrationTests: 'Playwright: SP-initiated and IdP-initiated login against the Okta and Entra ID CI tenants.',
        manualTesting:
          'Google Workspace with the acme-test.dev domain; Safari and Firefox (SameSite cookie behaviour after cross-site POST).',
      },
      codeReviewPlan: {
        reviewers: '@lucas.moreau (auth code owner), @daniel.okafor (security review)',
        reviewFocus: 'XML signature wrapping defences, `RelayState` open-redirect check, replay cache race conditions.',
        documentation:
          'TSDoc on every exported function of `lib/auth/saml/`; link the relevant SAML spec section next to each check.',
      },
      teamDependencies: {
        items: [
          {
            name: 'Security (Daniel Okafor)',
            description: 'Security review of the validation code before the flag is enabled for customers.',
          },
          { name: 'Customer Success', description: 'Coordinate the beta with Northwind and Globex admins.' },
        ],
      },
      externalDependencies: {
        items: [
          { name: 'Okta / Entra ID developer tenants', description: 'Needed for CI integration tests.' },
          { name: '@node-saml/node-saml ^5', description: 'SAML parsing and XML-DSig validation (MIT).' },
        ],
      },
      ...samlAcsSpecSections,
    },
  },
];
