// axe-core on the main pages, in light and dark: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

import { signInToRocket } from './session';

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(serious, what).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`pages have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/sign-in');
    await expectAccessible(page, 'sign-in');

    await signInToRocket(page);
    await expectAccessible(page, 'task list');

    await page.goto('/tasks/RKT-1');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'read view');
    await page.getByRole('button', { name: /^(Edit|Fill in) Acceptance Criteria$/ }).click();
    await page.getByRole('button', { name: 'Add item' }).click();
    await expectAccessible(page, 'edit mode');

    await page.goto('/board?sprint=backlog');
    await expect(page.getByRole('region', { name: /^Todo/ })).toBeVisible();
    await expectAccessible(page, 'board');
    await page.goto('/settings');
    await expectAccessible(page, 'settings');
    await page.goto('/import');
    await expectAccessible(page, 'import');
    await page.goto('/api/docs');
    await expectAccessible(page, 'API docs');
  });
}

test('pages fit a phone’s width: wide tables and the board scroll inside themselves', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInToRocket(page);
  for (const path of ['/', '/tasks/RKT-1', '/board?sprint=backlog', '/settings', '/features', '/sprints']) {
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: `test-results/phone${path.replace(/[/?=]/g, '-')}.png`, fullPage: false });
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});
