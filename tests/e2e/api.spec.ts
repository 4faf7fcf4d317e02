import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { apiToolTokenFile } from './accounts';

test('another tool drives the REST API with nothing but a token', ({ baseURL }) => {
  const result = spawnSync(process.execPath, ['tests/api-tool/another-tool.mjs'], {
    env: { ...process.env, SPECBOARD_URL: baseURL, SPECBOARD_TOKEN: readFileSync(apiToolTokenFile, 'utf8') },
    encoding: 'utf8',
    timeout: 240_000,
  });
  console.log(result.stdout);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('ok   get 429 past the rate limit');
});

test('the API reference renders the OpenAPI document', async ({ page }) => {
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: 'Specboard REST API', level: 1 })).toBeVisible();
  const sections = page.getByRole('region', { name: 'Sections' });
  await expect(sections.getByText('/api/v1/tasks/{key}/sections/acceptance-criteria').first()).toBeVisible();
  await page.getByRole('link', { name: 'Errors' }).click();
  await expect(page.locator('#problem-precondition-failed')).toContainText('412');
  const spec = await page.request.get('/api/v1/openapi.json');
  expect(spec.status()).toBe(200);
  expect((await spec.json()).openapi).toBe('3.1.0');
  await page.screenshot({ path: 'test-results/api-docs.png', fullPage: false });
});
