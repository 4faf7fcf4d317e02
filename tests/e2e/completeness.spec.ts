import { expect, type Page, test } from '@playwright/test';

import { createTaskAs, signInToRocket } from './session';

/** Sets the Rocket workspace's required sections through the API (other specs need them empty). */
async function requireBeforeInProgress(page: Page, sections: string[]) {
  const response = await page.request.patch('/api/v1/workspaces/current/settings', {
    headers: { 'Content-Type': 'application/json', Origin: new URL(page.url()).origin },
    data: { requiredForInProgress: sections, requiredForDone: [] },
  });
  expect(response.status()).toBe(200);
}

test('a required section holds a task back from In Progress until it is filled', async ({ page }) => {
  await signInToRocket(page);
  try {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Acceptance Criteria: required before in progress' }).check();
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');

    const key = await createTaskAs(page, { title: 'Waiting for its criteria' });
    await page.goto(`/tasks/${key}`);
    const completeness = page.getByRole('region', { name: 'Completeness' });
    await expect(completeness).toContainText('Required before work starts');
    await expect(completeness.getByRole('link', { name: 'Acceptance Criteria' })).toBeVisible();

    const status = page.getByRole('combobox', { name: 'Status', exact: true });
    await status.selectOption('IN_PROGRESS');
    await expect(page.getByText('Fill in Acceptance Criteria before moving this task to In Progress')).toBeVisible();
    await expect(status).toHaveValue('TODO');

    await page.getByRole('button', { name: 'Fill in Acceptance Criteria' }).click();
    const form = page.getByRole('form', { name: 'Edit Acceptance Criteria' });
    await form.getByRole('button', { name: 'Add item' }).click();
    await form.getByLabel('Text').fill('Shows the criteria first');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(completeness).not.toContainText('Required before work starts');
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'PATCH' && response.ok()),
      status.selectOption('IN_PROGRESS'),
    ]);
    await page.reload();
    await expect(status).toHaveValue('IN_PROGRESS');

    // The template's four default checklists and the criteria: 5 of the 20 sections every task has.
    await page.goto('/?q=waiting+criteria&filled=under-half');
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('25%');
    await page.goto('/?q=waiting+criteria&filled=full');
    await expect(page.getByText('No tasks match these filters')).toBeVisible();
  } finally {
    await requireBeforeInProgress(page, []);
  }
});

test('the list shows which tasks wait on others and filters them', async ({ page }) => {
  await signInToRocket(page);
  const blocker = await createTaskAs(page, { title: 'Pangolin groundwork' });
  const blockerId = (await (await page.request.get(`/api/v1/tasks/${blocker}`)).json()).id;
  const waiting = await createTaskAs(page, {
    title: 'Pangolin rollout',
    sections: { prerequisiteTasks: { items: [{ taskId: blockerId, description: 'Needs the groundwork' }] } },
  });

  await page.goto('/?q=pangolin&blocked=true');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(waiting);
  await expect(rows.nth(1)).toContainText('Waits on 1');
  await page.goto('/?q=pangolin&blocked=false');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(blocker);
});
