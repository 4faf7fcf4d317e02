import { expect, test } from '@playwright/test';

import { createTaskAs, signInToRocket } from './session';

test('creates and edits a feature and a sprint, and shows a feature’s tasks and progress', async ({ page }) => {
  await signInToRocket(page);

  await page.getByRole('link', { name: 'Features' }).click();
  await page.getByRole('button', { name: 'New feature' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await page.getByLabel('Name').fill('Observability');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Observability' }).click();
  await expect(page.getByText('No tasks in this feature')).toBeVisible();

  const feature = page.url().split('/').pop() ?? '';
  await createTaskAs(page, { title: 'Trace every request', status: 'DONE', featureId: feature });
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
