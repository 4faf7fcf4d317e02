import { expect, test } from '@playwright/test';

import { e2ePassword, e2eUsers, e2eWorkspaces } from './accounts';

test('creates and edits a feature and a sprint, and shows a feature’s tasks and progress', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(e2eUsers.admin.email);
  await page.getByLabel('Password', { exact: true }).fill(e2ePassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: /Switch workspace/ }).click();
  await page.getByRole('button', { name: e2eWorkspaces.first.name }).click();
  await expect(page.getByRole('button', { name: `Switch workspace: ${e2eWorkspaces.first.name}` })).toBeVisible();

  await page.getByRole('link', { name: 'Features' }).click();
  await page.getByRole('button', { name: 'New feature' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await page.getByLabel('Name').fill('Observability');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Observability' }).click();
  await expect(page.getByText('No tasks in this feature')).toBeVisible();

  const feature = page.url().split('/').pop() ?? '';
  const created = await page.request.post('/api/v1/tasks', {
    headers: { 'Content-Type': 'application/json', Origin: new URL(page.url()).origin },
    data: { title: 'Trace every request', status: 'DONE', featureId: feature },
  });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(page.getByRole('table')).toContainText('Trace every request');
  await expect(page.getByText('1/1 done')).toBeVisible();
  await page.getByRole('button', { name: 'Edit feature' }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('DONE');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.goto('/features');
  await expect(page.getByRole('listitem').filter({ hasText: 'Observability' })).toContainText('done');

  await page.getByRole('link', { name: 'Sprints' }).click();
  await page.getByRole('button', { name: 'New sprint' }).click();
  const number = await page.getByLabel('Number').inputValue();
  await page.getByLabel('Start').fill('2026-12-10');
  await page.getByLabel('End').fill('2026-12-01');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('End date must not be before the start date')).toBeVisible();
  await page.getByLabel('End').fill('2026-12-24');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: `Sprint ${number}: Sprint ${number}`, exact: true })).toBeVisible();
});
