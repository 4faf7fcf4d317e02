// The SAML ACS task (tasks-sso-saml.ts), continued: specifications, tests, risks, deployment, documentation and notes.
import type { DemoTask } from './types';

export const samlAcsSpecSections: NonNullable<DemoTask['sections']> = {
  dataStructures: {
    blocks: [
      {
        language: 'typescript',
        code: `interface SamlProfile {
  nameId: string;          // the user's email for all supported IdPs
  sessionIndex?: string;
  email: string;
  displayName?: string;
  groups: string[];        // from the "groups" attribute, empty when absent
}

interface SamlAssertionRecord {
  id: string;              // Assertion/@ID
  identityProviderId: string;
  expiresAt: Date;         // SubjectConfirmationData/@NotOnOrAfter
}`,
      },
    ],
  },
  apiContracts: {
    blocks: [
      {
        language: 'http',
        code: `POST /api/auth/saml/acme/acs HTTP/1.1
Content-Type: application/x-www-form-urlencoded

SAMLResponse=PHNhbWxwOlJlc3BvbnNl...&RelayState=%2Ftasks%2FTASK-42

HTTP/1.1 303 See Other
Location: /tasks/TASK-42
Set-Cookie: specboard_session=...; HttpOnly; Secure; SameSite=Lax`,
      },
    ],
  },
  configuration: {
    environmentVariables:
      '`SAML_SP_ENTITY_ID` (default `https://{host}/saml`), `SAML_CLOCK_SKEW_MS` (default `120000`).',
    featureFlags: '`sso_saml` - per workspace, off by default; enabled for beta workspaces only.',
    settings: 'Workspace settings gain "Allow IdP-initiated login" (default off).',
  },
  unitTestCases: {
    items: [
      {
        title: 'Valid signed response',
        description: 'Happy path.',
        given: 'An IdP with certificate A and a response signed with A',
        when: '`validate()` is called',
        then: 'It returns the profile with email and groups',
      },
      {
        title: 'Signature wrapping attack',
        description: 'XSW variant 3 from the spike fixtures.',
        given: 'A response with an unsigned assertion wrapped around a signed one',
        when: '`validate()` is called',
        then: 'It throws `SamlValidationError("signature")`',
      },
      {
        title: 'Replay',
        description: '',
        given: 'An assertion ID already in `saml_assertion_ids`',
        when: 'The same response is posted again',
        then: 'The request is rejected with 401 and no session is created',
      },
    ],
  },
  integrationTestCases: {
    items: [
      {
        title: 'SP-initiated login with Okta',
        description: 'End-to-end through the browser.',
        setup: 'Okta CI tenant with user `ci-user@acme-test.dev`; workspace `acme` with SAML enabled.',
        steps: '1. Open `/login?workspace=acme`\n2. Click "Continue with SSO"\n3. Sign in at Okta',
        validation: 'User lands on `/tasks`; session row has `method = saml`.',
      },
    ],
  },
  edgeCases: {
    items: [
      {
        name: 'Email case differs from the stored user',
        handling: 'Match case-insensitively (emails are stored lower-cased).',
      },
      { name: 'IdP clock 90 seconds ahead', handling: 'Accepted within the configured `SAML_CLOCK_SKEW_MS`.' },
      { name: 'Empty `RelayState`', handling: 'Redirect to `/tasks`.' },
    ],
  },
  errorScenarios: {
    items: [
      {
        name: 'Invalid or expired assertion',
        handling: '401 HTML error page with a correlation ID; details only in server logs.',
      },
      { name: 'IdP disabled while a login is in flight', handling: '403 "SSO is not enabled for this workspace".' },
      { name: 'Malformed base64 / XML', handling: '400; never echo the payload back.' },
    ],
  },
  technicalRisks: {
    items: [
      {
        name: 'XML signature wrapping vulnerabilities',
        description: 'The classic SAML attack class; a bug means account takeover.',
        mitigation: 'Maintained library, strict `wantAssertionsSigned`, XSW fixture tests.',
        contingency: 'Kill switch: the `sso_saml` flag disables the route globally.',
      },
      {
        name: 'IdP attribute differences',
        description: 'Entra ID sends email in a different claim URI.',
        mitigation: 'Per-IdP attribute mapping with sensible defaults.',
        contingency: 'Admin-editable mapping in the settings UI.',
      },
    ],
  },
  performanceConsiderations: {
    items: [
      {
        name: 'Signature verification cost',
        description: 'RSA-SHA256 verification is ~2 ms per login; negligible.',
        monitoring: 'Histogram `saml_acs_duration_ms`.',
        optimization: 'Cache parsed IdP certificates per instance.',
      },
    ],
  },
  securityConsiderations: {
    items: [
      {
        name: 'Open redirect via RelayState',
        description: 'RelayState is attacker-controlled.',
        requirements: 'Only same-origin relative paths; anything else becomes `/tasks`.',
        validation: 'Unit tests with `//evil.com`, `https://evil.com`, `/\\evil.com`.',
      },
      {
        name: 'Session fixation',
        description: 'A session cookie set before login must not survive it.',
        requirements: 'Always issue a fresh session ID after ACS.',
        validation: 'Integration test compares cookies before and after login.',
      },
    ],
  },
  deploymentSteps: {
    items: [
      { title: 'Run migration', description: '`npm run db:migrate` on staging, then production (additive).' },
      { title: 'Deploy with flag off', description: 'Standard deploy; routes return 404 while `sso_saml` is off.' },
      {
        title: 'Enable for beta workspaces',
        description: 'Enable the flag for `northwind` and `globex`; watch the dashboard for 24 hours.',
      },
    ],
  },
  rollbackPlan: {
    trigger: 'Any successful login with an invalid assertion, or ACS error rate above 5% for 15 minutes.',
    steps: 'Turn off `sso_saml` globally (instant). If needed, redeploy the previous release; the migration can stay.',
    dataConsiderations:
      "`saml_assertion_ids` can be truncated safely; sessions created via SAML are revoked with `DELETE FROM sessions WHERE method = 'saml'`.",
  },
  monitoring: {
    healthChecks: 'Synthetic login against the Okta CI tenant every 10 minutes from staging.',
    alerts: 'PagerDuty on `saml_acs_failures_total` rate > 5/min per workspace; Slack #auth on any signature failure.',
    metrics: '`saml_acs_requests_total{result}`, `saml_acs_duration_ms`, logins by method on the Auth dashboard.',
  },
  codeDocumentation: {
    inlineComments: 'Comment every security check with the attack it prevents.',
    readmeUpdates:
      '`lib/auth/README.md`: how to run the SAML tests locally with the mock IdP (`npm run saml:mock-idp`).',
    apiDocumentation: 'Document the ACS, metadata and login routes in `docs/api/auth.md`.',
  },
  userDocumentation: {
    userGuides: 'Help-center article "Set up SAML single sign-on" with Okta and Entra ID screenshots.',
    helpContent: 'Tooltip next to "SP metadata URL" on the SSO settings page.',
  },
  technicalDocumentation: {
    architectureDocs: 'Add a sequence diagram of the SAML login to `ARCHITECTURE.md` (Authentication section).',
    deploymentGuides: 'Runbook entry: disabling SSO for one workspace during an IdP incident.',
  },
  functionalSuccess: {
    items: [
      { text: 'Beta customers log in via SAML without support tickets for a week', isDone: false },
      { text: 'All acceptance criteria met', isDone: false },
    ],
  },
  technicalSuccess: {
    items: [
      { text: 'p95 ACS latency under 150 ms', isDone: true },
      { text: 'XSW fixture suite passing', isDone: true },
      { text: 'No high findings in the security review', isDone: false },
    ],
  },
  processSuccess: {
    items: [
      { text: 'Security review signed off in the PR', isDone: false },
      { text: 'Help-center article published', isDone: false },
    ],
  },
  implementationNotes: {
    items: [
      {
        text: 'Entra ID signs the response, not the assertion, unless configured otherwise; we require signed assertions and say so in the setup guide.',
      },
      {
        text: 'Next.js route handlers must read the body with `request.formData()`; the `SAMLResponse` can exceed 100 KB with many group claims.',
      },
    ],
  },
  references: {
    items: [
      {
        kind: 'DESIGN_DOCUMENT',
        label: '',
        value: '[SSO login UX (Figma)](https://www.figma.com/file/acme-sso-login)',
      },
      {
        kind: 'TECHNICAL_SPEC',
        label: '',
        value: '[SAML 2.0 Core, section 2.5](https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf)',
      },
      { kind: 'RESEARCH', label: '', value: 'Spike results in TASK "Spike: evaluate SAML libraries for Node.js"' },
      {
        kind: 'OTHER',
        label: 'Security checklist',
        value:
          '[OWASP SAML Security Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/SAML_Security_Cheat_Sheet.html)',
      },
    ],
  },
};
