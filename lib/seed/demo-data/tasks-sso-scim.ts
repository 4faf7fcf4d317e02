// Single sign-on: SCIM provisioning (sprint 12, blocked).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const ssoScimTasks: DemoTask[] = [
  {
    ref: 'sso-scim-provisioning',
    title: 'SCIM 2.0 user provisioning endpoint (`/scim/v2/Users`)',
    status: 'BLOCKED',
    assignee: users.lucas,
    feature: features.sso,
    sprint: 12,
    estimatePoints: 8,
    prerequisites: [
      { ref: 'sso-identity-provider-model', description: 'SCIM tokens are scoped to an identity provider.' },
    ],
    blockedBy: ['sso-idp-test-tenants'],
    sections: {
      summary: { text: 'Let Okta and Entra ID create, update and deactivate workspace members through SCIM 2.0.' },
      acceptanceCriteria: {
        items: [
          { text: '`POST`, `GET`, `PATCH` and `DELETE` on `/scim/v2/Users` per RFC 7644' },
          { text: 'Deactivation (`active: false`) removes the membership and revokes sessions' },
          { text: 'Passes the Okta SCIM 2.0 test suite (Runscope)' },
        ],
      },
      implementationApproach: {
        solution:
          'Bearer-token authenticated route group under `/scim/v2`, mapping SCIM Users onto `users` + `memberships`. Groups are out of scope for the first version.',
        keyComponents: [
          { name: 'SCIM token management', description: 'Hashed tokens in `scim_tokens`, shown once on creation.' },
          {
            name: 'Filter parser',
            description: 'Only `userName eq "..."` - the one filter Okta and Entra ID actually send.',
          },
        ],
      },
      apiChanges: {
        endpoints: '`/scim/v2/Users`, `/scim/v2/Users/{id}`, `/scim/v2/ServiceProviderConfig`',
        requestResponse: 'SCIM JSON (`application/scim+json`); errors use the SCIM error schema.',
        documentation: 'New page "SCIM provisioning" in the API reference.',
      },
      apiContracts: {
        blocks: [
          {
            language: 'http',
            code: `PATCH /scim/v2/Users/7d6c2f0e-9a41-4b1e-8c55-1f2e3d4c5b6a HTTP/1.1
Authorization: Bearer scim_...
Content-Type: application/scim+json

{ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
  "Operations": [{ "op": "replace", "value": { "active": false } }] }

HTTP/1.1 200 OK`,
          },
        ],
      },
      databaseChanges: {
        tables:
          '`scim_tokens (id, identity_provider_id, token_hash, created_by, last_used_at)`; `memberships.provisioned_by text null`.',
        migrations: '`20261120_scim_tokens`',
      },
      codeChanges: {
        items: [
          { path: 'app/scim/v2/Users/route.ts', summary: 'List and create', changeType: 'NEW' },
          { path: 'app/scim/v2/Users/[id]/route.ts', summary: 'Get, replace, patch, delete', changeType: 'NEW' },
          {
            path: 'lib/scim/patch.ts',
            summary: 'PatchOp interpreter for the attributes we support',
            changeType: 'NEW',
          },
          {
            path: 'lib/memberships/remove-member.ts',
            summary: 'Also revoke sessions and API tokens',
            changeType: 'MODIFIED',
          },
        ],
      },
      developmentSteps: {
        items: [
          { title: 'Token management', estimatedTime: '4 hours' },
          {
            title: 'Users resource and PatchOp',
            estimatedTime: '2 days',
            notes: 'Entra ID sends `"op": "Replace"` with a capital R.',
          },
          {
            title: 'Run Okta SCIM test suite',
            estimatedTime: '4 hours',
            dependencies: 'Okta CI tenant with provisioning enabled',
          },
        ],
      },
      testingPlan: {
        unitTests: 'PatchOp interpreter, filter parser, SCIM error mapping.',
        integrationTests: 'Okta Runscope suite and Entra ID provisioning validator against staging.',
      },
      teamDependencies: {
        items: [
          { name: 'Customer Success', description: 'Find a beta customer on Entra ID willing to test provisioning.' },
        ],
      },
      externalDependencies: {
        items: [
          {
            name: 'Okta SCIM test suite (Runscope)',
            description: 'Required for listing in the Okta Integration Network.',
          },
        ],
      },
      dataStructures: {
        blocks: [
          {
            language: 'typescript',
            code: `interface ScimUser {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'];
  id: string;
  externalId?: string;
  userName: string;              // email
  name?: { givenName?: string; familyName?: string };
  active: boolean;
  meta: { resourceType: 'User'; created: string; lastModified: string };
}`,
          },
        ],
      },
      unitTestCases: {
        items: [
          {
            title: 'Deactivate user',
            given: 'A provisioned member with two active sessions',
            when: 'PATCH sets `active: false`',
            then: 'Membership is removed and both sessions are revoked',
          },
        ],
      },
      integrationTestCases: {
        items: [
          {
            title: 'Okta assigns and unassigns a user',
            setup: 'Okta app with SCIM provisioning pointing at staging',
            steps: 'Assign `ci-user2` in Okta, wait, then unassign',
            validation: 'Member appears, then disappears from `/settings/members`',
          },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'User already a member via invitation',
            handling: 'SCIM create links the existing user (`externalId` set) and returns 201 with the existing id.',
          },
        ],
      },
      errorScenarios: {
        items: [{ name: 'Unsupported filter', handling: '400 with `scimType: "invalidFilter"`.' }],
      },
      technicalRisks: {
        items: [
          {
            name: 'IdP sync storms',
            description: 'Entra ID does a full sync every 40 minutes for large tenants.',
            mitigation: 'Cheap no-op updates (compare before write).',
            contingency: 'Per-token rate limit returning 429 with `Retry-After`.',
          },
        ],
      },
      securityConsiderations: {
        items: [
          {
            name: 'Long-lived bearer tokens',
            description: 'A leaked token can remove every member.',
            requirements: 'SHA-256 hashed storage, rotation UI, rate limit 600 requests/min per token.',
            validation: 'Pen-test checklist item SCIM-01..04.',
          },
        ],
      },
      userDocumentation: {
        userGuides: '"Provision users with SCIM" article for Okta and Entra ID.',
      },
      references: {
        items: [
          {
            kind: 'TECHNICAL_SPEC',
            label: '',
            value: '[RFC 7644: SCIM Protocol](https://www.rfc-editor.org/rfc/rfc7644)',
          },
        ],
      },
      implementationNotes: {
        items: [
          {
            text: 'Blocked: the Okta SCIM test suite needs the CI tenant with provisioning enabled (see the prerequisite task "Provision Okta and Entra ID developer tenants for CI").',
          },
        ],
      },
    },
  },
];
