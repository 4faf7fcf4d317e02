import { expect, type Page, test } from '@playwright/test';

import { e2ePassword, e2eUsers, e2eWorkspaces } from './accounts';

async function signIn(page: Page, email: string, next = '') {
  await page.goto(`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(e2ePassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('sign in, switch workspace, create a token, sign out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, e2eUsers.admin.email);
  await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
  // Without a choice yet, the first workspace by name.
  await expect(page.getByRole('link', { name: 'HBR-1' })).toBeVisible();

  await page.getByRole('button', { name: /Switch workspace/ }).click();
  await page.getByRole('button', { name: e2eWorkspaces.first.name }).click();
  await expect(page.getByRole('link', { name: 'RKT-1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'HBR-1' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: `Switch workspace: ${e2eWorkspaces.first.name}` })).toBeVisible();

  await page.goto('/account');
  await page.getByLabel('Name', { exact: true }).fill('CI pipeline');
  await page.getByLabel('Scope', { exact: true }).selectOption('READ');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = page.getByLabel('New API token');
  await expect(secret).toHaveValue(/^sbp_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('cell', { name: 'CI pipeline', exact: true })).toBeVisible();

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
});

test('a wrong password gets one message and no session', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(e2eUsers.viewer.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Wrong email or password.')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('refuses open redirects after sign-in', async ({ page }) => {
  for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
    await page.context().clearCookies();
    await signIn(page, e2eUsers.viewer.email, next);
    await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(page.url(), 'http://localhost:3210').origin);
    expect(new URL(page.url()).pathname).toBe('/');
  }
});

test('sends security headers on pages and assets', async ({ request }) => {
  const response = await request.get('/sign-in');
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/object-src 'none'/);
  expect(headers['content-security-policy']).toMatch(/base-uri 'none'/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const html = await response.text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeDefined();
  expect((await request.get(asset ?? '')).headers()['x-content-type-options']).toBe('nosniff');
});

test('refuses a cross-site sign-in POST that lacks the CSRF token', async ({ request }) => {
  const response = await request.post('/api/auth/callback/credentials', {
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    form: { email: e2eUsers.viewer.email, password: e2ePassword },
    maxRedirects: 0,
  });
  const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie');
  expect(cookies.some((cookie) => cookie.value.includes('session-token'))).toBe(false);
});

test('refuses cross-site server action POSTs before looking the action up', async ({ request }) => {
  // Next.js compares Origin with the host for every server action; a foreign origin is aborted before the action id
  // is even resolved, while a same-site request with an unknown id gets "Server Action unavailable" (409).
  const post = (origin: string) =>
    request.post('/sign-in', {
      headers: { 'next-action': '7f'.padEnd(42, '0'), origin, 'content-type': 'text/plain;charset=UTF-8' },
      data: '[]',
    });
  expect((await post('http://localhost:3210')).status()).toBe(409);
  const crossSite = await post('https://evil.example');
  expect(crossSite.status()).toBe(500);
  expect(await crossSite.text()).not.toContain('Server Action unavailable');
});
