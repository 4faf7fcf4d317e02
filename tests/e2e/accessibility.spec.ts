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

    await page.goto('/import');
    await expectAccessible(page, 'import');
    await page.goto('/api/docs');
    await expectAccessible(page, 'API docs');
  });
}
