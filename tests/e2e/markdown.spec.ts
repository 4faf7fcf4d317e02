import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { signInToRocket } from './session';

const fixture = (name: string) => readFileSync(`tests/fixtures/markdown/${name}.md`, 'utf8');

test('imports two Markdown files with a preview and warnings, then downloads one back', async ({ page }) => {
  await signInToRocket(page);
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import tasks from Markdown' })).toBeVisible();

  await page.getByLabel('Choose files').setInputFiles([
    { name: 'sparse.md', mimeType: 'text/markdown', buffer: Buffer.from(fixture('sparse')) },
    { name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(fixture('hostile')) },
  ]);
  const sparse = page.getByRole('listitem', { name: 'sparse.md' });
  const hostile = page.getByRole('listitem', { name: 'hostile.md' });
  await expect(sparse.getByText('Rename the billing cron job')).toBeVisible();
  await expect(sparse.getByRole('list', { name: 'Warnings' })).toContainText('No task BILL-7 yet');
  await expect(hostile.getByRole('list', { name: 'Warnings' })).toContainText('kept as an unlinked assignee');
  await expect(hostile.getByRole('list', { name: 'Warnings' })).toContainText('Would create the feature');
  await page.screenshot({ path: 'test-results/import-preview.png', fullPage: true });

  await page.getByRole('button', { name: 'Create 2 tasks' }).click();
  const created = sparse.getByRole('link', { name: /^Created RKT-\d+$/ });
  await expect(created).toBeVisible();
  await expect(hostile.getByRole('link', { name: /^Created RKT-\d+$/ })).toBeVisible();
  const key = (await created.textContent())?.replace('Created ', '') ?? '';

  await created.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rename the billing cron job');
  await expect(page.getByText('BILL-7', { exact: true })).toBeVisible();
  await expect(page.getByText('No task with this key yet; linked once it exists')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download .md' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${key}.md`);
  const content = readFileSync((await download.path()) ?? '', 'utf8');
  expect(content).toBe(fixture('sparse'));
});

test('edits a task as Markdown and shows both versions on a conflict', async ({ page }) => {
  await signInToRocket(page);
  await page.goto('/tasks/RKT-1');
  await page.getByRole('link', { name: 'Edit as Markdown' }).click();
  const editor = page.getByLabel('RKT-1 as Markdown');
  await expect(editor).toHaveValue(/^# Task: First task of Rocket Team/);

  // Someone else changes the task through the API while this editor is open.
  const theirs = await page.request.get('/api/v1/tasks/RKT-1/markdown');
  const changed = await page.request.put('/api/v1/tasks/RKT-1/markdown', {
    headers: {
      'Content-Type': 'text/markdown',
      'If-Match': theirs.headers().etag ?? '',
      Origin: new URL(page.url()).origin,
    },
    data: (await theirs.text()).replace('Seeded for the browser tests.', 'Changed by someone else.'),
  });
  expect(changed.status()).toBe(200);

  await editor.fill((await editor.inputValue()).replace('Seeded for the browser tests.', 'My own summary.'));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Someone changed this task since you opened it' }),
  ).toBeVisible();
  await expect(page.getByText('Changed by someone else.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page).toHaveURL(/\/tasks\/RKT-1$/);
  await expect(page.getByText('My own summary.')).toBeVisible();
});
