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

test('plans a task into a sprint against its capacity, then closes the sprint carrying unfinished work', async ({
  page,
}) => {
  await signInToRocket(page);
  const origin = { Origin: new URL(page.url()).origin, 'Content-Type': 'application/json' };
  const number = 2000 + (Date.now() % 100_000);
  const created = await page.request.post('/api/v1/sprints', {
    headers: origin,
    data: { number, name: 'Capacity sprint', state: 'ACTIVE', capacityPoints: 5 },
  });
  expect(created.status()).toBe(201);
  const sprint = await created.json();
  const next = await (
    await page.request.post('/api/v1/sprints', { headers: origin, data: { number: number + 1, name: 'Following' } })
  ).json();
  const finished = await createTaskAs(page, {
    title: 'Finished part',
    status: 'DONE',
    estimatePoints: 2,
    sprintId: sprint.id,
  });
  const planned = await createTaskAs(page, { title: 'Planned late', estimatePoints: 5 });

  await page.goto('/sprints');
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: `Sprint ${number}: Capacity sprint`, exact: true }) });
  await expect(item).toContainText('Committed 2 points of 5 capacity');

  // Plan the second task into the sprint from its page; the sprint is now over capacity.
  await page.goto(`/tasks/${planned}`);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'PATCH' && response.ok()),
    page.getByRole('combobox', { name: 'Sprint', exact: true }).selectOption(sprint.id),
  ]);
  await page.goto('/sprints');
  await expect(item).toContainText('Committed 7 points of 5 capacity — 2 over');

  await item.getByLabel('Unfinished tasks go to').selectOption(next.id);
  await item.getByRole('button', { name: `Close sprint ${number}` }).click();
  await expect(item.getByRole('status')).toHaveText(
    `Sprint ${number} closed; carried ${planned} to Sprint ${number + 1}: Following.`,
  );
  await page.goto(`/tasks/${planned}`);
  await expect(page.getByRole('combobox', { name: 'Sprint', exact: true })).toHaveValue(next.id);
  await page.goto(`/tasks/${finished}`);
  await expect(page.getByRole('combobox', { name: 'Sprint', exact: true })).toHaveValue(sprint.id);
});
