// The demo workspace ("Acme Platform"): members, features, sprints and about forty tasks, grouped by feature and
// ordered roughly as the work happened. Links between tasks refer to `ref`s and are resolved by the seed.
import { billingTasks } from './tasks-billing';
import { billingCheckoutTasks } from './tasks-billing-checkout';
import { billingDunningTasks } from './tasks-billing-dunning';
import { billingOpsTasks } from './tasks-billing-ops';
import { billingUsageTasks } from './tasks-billing-usage';
import { billingWebhookTasks } from './tasks-billing-webhooks';
import { mobileSyncTasks } from './tasks-mobile-sync';
import { mobileSyncBuildTasks } from './tasks-mobile-sync-build';
import { platformTasks } from './tasks-platform';
import { platformApiTasks } from './tasks-platform-api';
import { ssoTasks } from './tasks-sso';
import { ssoAdminTasks } from './tasks-sso-admin';
import { ssoLoginTasks } from './tasks-sso-login';
import { ssoRolloutTasks } from './tasks-sso-rollout';
import { ssoSamlTasks } from './tasks-sso-saml';
import { ssoScimTasks } from './tasks-sso-scim';
import type { DemoTask } from './types';

export type { DemoFeature, DemoSprint, DemoTask, DemoUser } from './types';
export { demoFeatures, demoSprints, demoUsers, demoWorkspace } from './workspace';

export const demoTasks: DemoTask[] = [
  ...ssoTasks,
  ...ssoLoginTasks,
  ...ssoAdminTasks,
  ...ssoSamlTasks,
  ...ssoScimTasks,
  ...ssoRolloutTasks,
  ...billingTasks,
  ...billingWebhookTasks,
  ...billingUsageTasks,
  ...billingCheckoutTasks,
  ...billingOpsTasks,
  ...billingDunningTasks,
  ...mobileSyncTasks,
  ...mobileSyncBuildTasks,
  ...platformTasks,
  ...platformApiTasks,
];
