import { existsSync, readFileSync } from 'node:fs';

import { expect, type Page } from '@playwright/test';

import { e2ePassword, e2eUsers, e2eWorkspaces } from './accounts';

// One sign-in for the whole run: signing in for every test would trip the per-account sign-in rate limit.
const sessionFile = 'test-results/e2e-rocket-session.json';

async function isInRocket(page: Page): Promise<boolean> {
  await page.goto('/');
  const switcher = page.getByRole('button', { name: `Switch workspace: ${e2eWorkspaces.first.name}` });
  return switcher.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
}

/** Signs in as the e2e admin in the first workspace (Rocket Team, keys RKT-…), reusing the run's session. */
export async function signInToRocket(page: Page): Promise<void> {
  if (existsSync(sessionFile)) {
    await page.context().addCookies(JSON.parse(readFileSync(sessionFile, 'utf8')).cookies);
    if (await isInRocket(page)) return;
  }
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(e2eUsers.admin.email);
  await page.getByLabel('Password', { exact: true }).fill(e2ePassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
  await page.getByRole('button', { name: /Switch workspace/ }).click();
  await page.getByRole('button', { name: e2eWorkspaces.first.name }).click();
  await expect(page.getByRole('button', { name: `Switch workspace: ${e2eWorkspaces.first.name}` })).toBeVisible();
  await page.context().storageState({ path: sessionFile });
}

/** Creates a task through the API with the page's session (a same-origin request). */
export async function createTaskAs(page: Page, data: Record<string, unknown>): Promise<string> {
  const response = await page.request.post('/api/v1/tasks', {
    headers: { 'Content-Type': 'application/json', Origin: new URL(page.url()).origin },
    data,
  });
  expect(response.status()).toBe(201);
  return (await response.json()).key;
}

/** Opens a page and waits until its keyboard shortcuts listen (keys pressed before hydration are lost). */
export async function gotoWithShortcuts(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-shortcuts="on"]')).toBeAttached();
}
