// Single sign-on: enforcement, JIT provisioning, discovery and customer docs (sprint 13 and backlog).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const ssoRolloutTasks: DemoTask[] = [
  {
    ref: 'sso-enforce-sso-only',
    title: 'Enforce SSO-only login per workspace (disable password login)',
    status: 'TODO',
    feature: features.sso,
    sprint: 13,
    estimatePoints: 3,
    prerequisites: [
      { ref: 'sso-saml-acs-endpoint', description: 'SAML login must work before we can turn passwords off.' },
      { ref: 'sso-oidc-login', description: 'Same for OIDC workspaces.' },
    ],
    sections: {
      summary: {
        text: 'Workspace setting "Require SSO": members must log in through the IdP; password login and reset are refused.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Password login for a member of an SSO-only workspace returns a message pointing to SSO' },
          { text: 'Workspace admins keep a break-glass password login, logged to the audit log' },
          { text: 'Existing password sessions are revoked when the setting is enabled' },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'User belongs to an SSO-only and a normal workspace',
            handling:
              'Password login still works, but the SSO-only workspace is hidden until the user signs in via SSO.',
          },
          { name: 'IdP outage', handling: 'Break-glass admin login; banner with status page link.' },
        ],
      },
    },
  },
  {
    ref: 'sso-jit-provisioning',
    title: 'Just-in-time user provisioning on first SSO login',
    status: 'TODO',
    assignee: users.priya,
    feature: features.sso,
    sprint: 13,
    estimatePoints: 5,
    prerequisites: [{ ref: 'sso-saml-acs-endpoint', description: 'JIT hooks into the ACS user lookup.' }],
    related: ['sso-scim-provisioning'],
    sections: {
      summary: {
        text: 'Create the user and a MEMBER membership on first successful SSO login when the email domain is verified.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Only emails of a verified `workspace_domains` entry are provisioned' },
          { text: 'Default role configurable (MEMBER or VIEWER)' },
          { text: 'IdP group `specboard-admins` maps to ADMIN when group mapping is on' },
        ],
      },
      configuration: {
        settings: 'SSO settings page: "Create accounts on first login" (off by default) and "Default role".',
      },
      unitTestCases: {
        items: [
          {
            title: 'Unverified domain',
            given: 'Domain `contoso.com` added but not verified',
            when: 'A new `@contoso.com` user logs in via SAML',
            then: 'Login is refused with "Ask your admin for access"',
          },
        ],
      },
    },
  },
  {
    ref: 'sso-login-domain-discovery',
    title: 'Home-realm discovery: route login by email domain',
    status: 'TODO',
    assignee: users.lucas,
    feature: features.sso,
    sprint: 13,
    estimatePoints: 3,
    prerequisites: [{ ref: 'sso-identity-provider-model', description: 'Uses `workspace_domains`.' }],
    sections: {
      summary: { text: 'On the login page, ask for the email first and send SSO users straight to their IdP.' },
      acceptanceCriteria: {
        items: [
          { text: 'Email with a verified SSO domain redirects to the IdP without showing the password field' },
          { text: 'Response time is identical for known and unknown domains (no domain enumeration)' },
        ],
      },
    },
  },
  {
    ref: 'sso-audit-log-events',
    title: 'Emit audit log events for SSO logins and configuration changes',
    status: 'TODO',
    feature: features.sso,
    estimatePoints: 3,
    related: ['sso-admin-settings-ui'],
    sections: {
      summary: {
        text: 'Record `sso.login`, `sso.login_failed`, `sso.idp_created`, `sso.idp_updated` and `sso.enforced` in the workspace audit log.',
      },
    },
  },
  {
    ref: 'sso-cert-rotation',
    title: 'Support IdP signing certificate rotation (two active certificates)',
    status: 'TODO',
    feature: features.sso,
  },
  {
    ref: 'sso-setup-guides',
    title: 'Customer-facing SSO setup guides for Okta, Entra ID and Google Workspace',
    status: 'TODO',
    assignee: users.daniel,
    feature: features.sso,
    estimateHours: 12,
    prerequisites: [
      { ref: 'sso-admin-settings-ui', description: 'Guides need final screenshots of the settings page.' },
    ],
    sections: {
      summary: {
        text: 'Three step-by-step help-center articles with screenshots, plus a troubleshooting page for common SAML errors.',
      },
      userDocumentation: {
        userGuides: '"Set up SSO with Okta", "Set up SSO with Microsoft Entra ID", "Set up SSO with Google Workspace".',
        helpContent: 'Troubleshooting: clock skew, unsigned assertions, wrong ACS URL, email attribute missing.',
      },
      teamDependencies: {
        items: [
          { name: 'Docs team (Hannah)', description: 'Editing and publishing in the help center; 3 days lead time.' },
        ],
      },
      definitionOfDone: {
        items: [
          { text: 'Articles reviewed by an engineer who did not write them' },
          { text: 'Each guide followed end to end by Customer Success on a fresh tenant' },
          { text: 'Published and linked from `/settings/sso`' },
        ],
      },
    },
  },
];
