import { expect, test } from '@playwright/test';

import { createTaskAs, gotoWithShortcuts, signInToRocket } from './session';

test('filters the task list through the URL', async ({ page }) => {
  await signInToRocket(page);

  await createTaskAs(page, { title: 'Zebra migration plan', status: 'BLOCKED' });
  await createTaskAs(page, { title: 'Zebra rollout checklist', status: 'TODO' });

  await page.goto('/');
  const filters = page.getByRole('search', { name: 'Filter tasks' });
  await filters.getByLabel('Search').fill('zebra');
  await filters.getByLabel('Status').selectOption('BLOCKED');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/q=zebra/);
  await expect(page).toHaveURL(/status=BLOCKED/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Zebra migration plan');

  // The URL alone reproduces the view.
  await page.goto(`/?q=zebra&sort=title`);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Zebra migration plan');
  await expect(page.getByRole('table').getByRole('row').nth(2)).toContainText('Zebra rollout checklist');

  await createTaskAs(page, {
    title: 'Ledger export',
    sections: { technicalRisks: { items: [{ name: 'Clock skew', description: 'Timestamps drift between shards' }] } },
  });
  await page.goto('/');
  await page.getByRole('search', { name: 'Filter tasks' }).getByLabel('Search').fill('shards drifting');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Ledger export');

  await page.goto('/?q=no-such-words-anywhere');
  await expect(page.getByText('No tasks match these filters')).toBeVisible();
  await page.goto('/?sort=password');
  await expect(page.getByText('These filters are not valid')).toBeVisible();
});

test('finds and opens a task from the command palette, and moves through the list with j and k', async ({ page }) => {
  await signInToRocket(page);

  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('first task rocket');
  await expect(palette.getByRole('option', { name: /RKT-1/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tasks\/RKT-1$/);

  await gotoWithShortcuts(page, '/');
  // The list streams in after the page shell; j on the loading skeleton has nothing to move to.
  await expect(page.locator('[data-task-list] a').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('[data-task-list] a').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('[data-task-list] a').nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator('[data-task-list] a').first()).toBeFocused();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('body').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('changes the status and sprint of ticked tasks at once', async ({ page }) => {
  await signInToRocket(page);
  const keys = [
    await createTaskAs(page, { title: 'Quokka alpha' }),
    await createTaskAs(page, { title: 'Quokka beta' }),
  ];

  await page.goto('/?q=quokka');
  for (const key of keys) await page.getByRole('checkbox', { name: `Select ${key}` }).check();
  const bar = page.getByRole('form', { name: 'Change the ticked tasks' });
  await bar.getByLabel('Set status').selectOption('DONE');
  await bar.getByRole('button', { name: 'Change ticked tasks' }).click();
  await expect(bar.getByRole('status')).toHaveText('Changed 2 tasks.');
  await page.goto('/?q=quokka&status=DONE');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
});
