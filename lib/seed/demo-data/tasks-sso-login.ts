// Single sign-on: the OIDC login flow (sprint 12).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const ssoLoginTasks: DemoTask[] = [
  {
    ref: 'sso-oidc-login',
    title: 'OIDC authorization-code flow with PKCE for Okta and Entra ID',
    status: 'IN_PROGRESS',
    assignee: users.lucas,
    feature: features.sso,
    sprint: 12,
    estimatePoints: 8,
    completionTarget: '2026-11-26',
    prerequisites: [
      {
        ref: 'sso-identity-provider-model',
        description: 'Issuer, client ID and secret come from `identity_providers`.',
      },
    ],
    related: ['sso-saml-acs-endpoint'],
    sections: {
      summary: {
        text: "Log users in with OpenID Connect (authorization code + PKCE) using the workspace's configured issuer.",
      },
      acceptanceCriteria: {
        items: [
          {
            text: 'Discovery document fetched from `{issuer}/.well-known/openid-configuration` and cached for 1 hour',
            isDone: true,
          },
          { text: '`state`, `nonce` and PKCE `code_verifier` validated on callback', isDone: true },
          { text: 'ID token signature validated against the issuer JWKS', isDone: false },
          { text: 'Entra ID multi-tenant issuer (`{tenantid}` placeholder) handled', isDone: false },
        ],
      },
      implementationApproach: {
        solution:
          'Use `openid-client` v6. The login route stores `state`, `nonce` and `code_verifier` in a short-lived encrypted cookie; the callback exchanges the code and creates a session through the same path as SAML.',
        keyComponents: [
          { name: '`/api/auth/oidc/[workspace]/login`', description: 'Builds the authorization URL.' },
          { name: '`/api/auth/oidc/[workspace]/callback`', description: 'Validates and exchanges the code.' },
          { name: 'Discovery and JWKS cache', description: 'In-memory, 1 hour TTL, refreshed on unknown `kid`.' },
        ],
      },
      codeChanges: {
        items: [
          {
            path: 'lib/auth/oidc/oidc-client.ts',
            summary: 'Discovery, JWKS caching, token exchange',
            changeType: 'NEW',
            details: '',
          },
          {
            path: 'app/api/auth/oidc/[workspace]/callback/route.ts',
            summary: 'Callback route',
            changeType: 'NEW',
            details: 'Clears the `specboard_oidc` cookie whatever the outcome.',
          },
          {
            path: 'app/login/page.tsx',
            summary: '"Continue with SSO" button',
            changeType: 'MODIFIED',
            details: 'Shown when the workspace has an enabled IdP.',
          },
        ],
      },
      architectureImpact: {
        newComponents: '`lib/auth/oidc/`.',
        modifiedComponents: 'Login page; session creation shared with SAML (`createSsoSession()`).',
        integrationPoints: "Outbound HTTPS to the customer's issuer for discovery, JWKS and the token endpoint.",
      },
      developmentSteps: {
        items: [
          { title: 'Login and callback routes', estimatedTime: '1 day', description: 'Happy path with Okta.' },
          {
            title: 'Entra ID quirks',
            estimatedTime: '4 hours',
            description: 'Multi-tenant issuer validation.',
            notes: 'Issuer in the token differs from discovery.',
          },
          { title: 'Error pages and tests', estimatedTime: '1 day', dependencies: 'Okta and Entra ID CI tenants' },
        ],
      },
      testingPlan: {
        unitTests: 'Token validation: wrong `aud`, wrong `iss`, expired, bad nonce, unknown `kid`.',
        integrationTests:
          'Playwright login against the Okta CI tenant; mocked issuer (`oidc-provider`) for error cases.',
        manualTesting: 'Entra ID with a personal Microsoft account (must be refused) and a work account.',
      },
      codeReviewPlan: {
        reviewers: '@priya.raman',
        reviewFocus: 'Cookie attributes, PKCE handling, shared session code with SAML.',
        documentation: 'Link RFC 6749 / RFC 7636 sections next to each check.',
      },
      externalDependencies: {
        items: [{ name: 'openid-client ^6', description: 'Certified OIDC relying-party library (panva).' }],
      },
      dataStructures: {
        blocks: [
          {
            language: 'typescript',
            code: `interface OidcLoginState {
  state: string;
  nonce: string;
  codeVerifier: string;
  relayPath: string;        // same-origin path to return to
  expiresAt: number;        // epoch ms, 10 minutes after creation
}`,
          },
        ],
      },
      apiContracts: {
        blocks: [
          {
            language: 'http',
            code: `GET /api/auth/oidc/acme/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj HTTP/1.1
Cookie: specboard_oidc=...

HTTP/1.1 303 See Other
Location: /tasks`,
          },
        ],
      },
      configuration: {
        environmentVariables: '`OIDC_HTTP_TIMEOUT_MS` (default `5000`).',
        featureFlags: '`sso_oidc` - per workspace, off by default.',
      },
      unitTestCases: {
        items: [
          {
            title: 'Nonce mismatch',
            given: 'A callback whose ID token nonce differs from the cookie',
            when: 'The callback is handled',
            then: 'Login fails with 401 and the cookie is cleared',
          },
        ],
      },
      integrationTestCases: {
        items: [
          {
            title: 'Okta login',
            setup: 'Okta CI tenant, OIDC app with redirect `https://ci.specboard.dev/api/auth/oidc/acme/callback`',
            steps: 'Start at `/login`, click SSO, authenticate',
            validation: 'Session created with `method = oidc`',
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'User cancels at the IdP',
            handling: 'Callback with `error=access_denied` goes back to the login page with a neutral message.',
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'IdP discovery endpoint down',
            handling: 'Serve the cached document if under 24 hours old, otherwise 503 with retry advice.',
          },
        ],
      },
      technicalRisks: {
        items: [
          {
            name: 'Clock skew on ID token `iat`',
            description: 'Some on-prem ADFS servers drift.',
            mitigation: '120 s tolerance, same as SAML.',
            contingency: 'Per-IdP override.',
          },
        ],
      },
      securityConsiderations: {
        items: [
          {
            name: 'Server-side request forgery via issuer URL',
            description: 'Admins enter the issuer; the server fetches it.',
            requirements: 'HTTPS only; block private IP ranges and link-local addresses.',
            validation: 'Unit tests with `http://169.254.169.254` and `https://10.0.0.1`.',
          },
        ],
      },
      monitoring: {
        alerts: 'Token endpoint errors > 10/min for one issuer.',
        metrics: '`oidc_logins_total{result,issuer_host}`, token exchange latency.',
      },
      references: {
        items: [
          {
            kind: 'TECHNICAL_SPEC',
            label: '',
            value: '[OpenID Connect Core 1.0](https://openid.net/specs/openid-connect-core-1_0.html)',
          },
        ],
      },
    },
  },
];
