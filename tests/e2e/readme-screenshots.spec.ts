// `npm run screenshots`: the README's pictures of the task list, the board and a task's read view, light and dark, taken from
// the running app with demo tasks. Skipped in the normal run so tests do not rewrite committed images.
import { expect, test } from '@playwright/test';

import { demoTasks } from '@/lib/seed/demo-data';

import { createTaskAs, signInToRocket } from './session';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 (npm run screenshots) to refresh the README screenshots');

test('README screenshots', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await signInToRocket(page);
  const origin = new URL(page.url()).origin;
  const sprintResponse = await page.request.post('/api/v1/sprints', {
    headers: { 'Content-Type': 'application/json', Origin: origin },
    data: { number: 7, name: 'Billing launch', state: 'ACTIVE' },
  });
  expect(sprintResponse.status()).toBe(201);
  const sprint = await sprintResponse.json();
  const isFeatured = (title: string) => title.startsWith('Stripe webhook handler');
  // The featured task last, so it heads the list too.
  const chosen = [
    ...demoTasks.filter((task) => !isFeatured(task.title)).slice(0, 13),
    ...demoTasks.filter((task) => isFeatured(task.title)),
  ];
  let featured = '';
  for (const task of chosen) {
    const key = await createTaskAs(page, {
      title: task.title,
      status: task.status,
      estimatePoints: task.estimatePoints ?? null,
      estimateHours: task.estimateHours ?? null,
      sprintId: sprint.id,
      sections: task.sections ?? {},
    });
    if (isFeatured(task.title)) featured = key;
  }
  expect(featured, 'the Stripe webhook demo task').not.toBe('');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.locator('[data-task-list] a').first()).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/task-list-${colorScheme}.png` });
    await page.goto(`/board?sprint=${sprint.id}`);
    await expect(page.locator('[data-card]').first()).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/board-${colorScheme}.png` });
    await page.goto(`/tasks/${featured}#implementation-approach`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/task-${colorScheme}.png` });
  }
});
