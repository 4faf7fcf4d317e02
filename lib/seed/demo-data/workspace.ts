// The demo workspace, its members, features and sprints. Sprint 12 is the active one (late November 2026).
import type { DemoFeature, DemoSprint, DemoUser } from './types';

export const demoWorkspace = { name: 'Acme Platform', slug: 'acme', keyPrefix: 'TASK' };

/** Emails used as assignees in the task files. */
export const users = {
  avery: 'admin@specboard.local',
  maya: 'maya.chen@specboard.local',
  daniel: 'daniel.okafor@specboard.local',
  priya: 'priya.raman@specboard.local',
  lucas: 'lucas.moreau@specboard.local',
  sofia: 'sofia.lindqvist@specboard.local',
} as const;

export const demoUsers: DemoUser[] = [
  { email: users.avery, name: 'Avery Admin', role: 'ADMIN' },
  { email: users.maya, name: 'Maya Chen', role: 'MANAGER' },
  { email: users.daniel, name: 'Daniel Okafor', role: 'MANAGER' },
  { email: users.priya, name: 'Priya Raman', role: 'MEMBER' },
  { email: users.lucas, name: 'Lucas Moreau', role: 'MEMBER' },
  { email: users.sofia, name: 'Sofia Lindqvist', role: 'VIEWER' },
];

/** Feature names used in the task files. */
export const features = {
  sso: 'Single sign-on',
  billing: 'Billing v2',
  mobile: 'Mobile offline sync',
} as const;

export const demoFeatures: DemoFeature[] = [
  {
    name: features.sso,
    description:
      'SAML 2.0 and OpenID Connect login for enterprise workspaces, with SCIM 2.0 user provisioning and an option ' +
      'to enforce SSO-only access. Target identity providers: **Okta**, **Microsoft Entra ID** and **Google Workspace**. ' +
      'Requested by 9 of our 12 largest customers; blocking two renewals in Q1.',
    status: 'IN_PROGRESS',
  },
  {
    name: features.billing,
    description:
      'Replace the home-grown invoicing cron with **Stripe Billing**: per-seat subscriptions with usage-based add-ons, ' +
      'Stripe Checkout for upgrades, the Stripe customer portal for self-service, automatic tax (Stripe Tax) and a ' +
      'dunning flow for failed payments. The legacy `legacy_invoices` table is retired at the end.',
    status: 'IN_PROGRESS',
  },
  {
    name: features.mobile,
    description:
      'Let the iOS and Android apps read and edit tasks without a connection. A cursor-based delta sync protocol ' +
      '(`/api/sync/pull`, `/api/sync/push`) backed by a server change log, a local SQLite store on the device and ' +
      'field-level conflict resolution. Design approved; implementation starts in sprint 13.',
    status: 'PLANNED',
  },
];

export const demoSprints: DemoSprint[] = [
  {
    number: 11,
    name: 'Sprint 11 - Foundations',
    goal: 'Land the data models for SSO and Billing v2, backfill Stripe customers and finish the Postgres 16 upgrade.',
    state: 'CLOSED',
    startDate: '2026-11-02',
    endDate: '2026-11-13',
  },
  {
    number: 12,
    name: 'Sprint 12 - SSO beta',
    goal:
      'SAML and OIDC login working end to end for the two beta customers; Stripe webhooks live in production; ' +
      'sync protocol RFC approved.',
    state: 'ACTIVE',
    startDate: '2026-11-16',
    endDate: '2026-11-27',
  },
  {
    number: 13,
    name: 'Sprint 13 - Rollout',
    goal: 'Enforce SSO-only workspaces, dunning and invoice emails, and the first server-side pieces of offline sync.',
    state: 'PLANNED',
    startDate: '2026-11-30',
    endDate: '2026-12-11',
  },
];
