import { type Browser, expect, type Page, test } from '@playwright/test';

import { createTaskAs, signInToRocket } from './session';

const createTask = (page: Page, title: string) => createTaskAs(page, { title });

async function signedInPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInToRocket(page);
  return page;
}

test('fills a list section through its form, reorders it, and links a dependency but not a cycle', async ({ page }) => {
  await signInToRocket(page);
  const key = await createTask(page, 'Edited through the forms');
  const blocker = await createTask(page, 'Has to come first');
  await page.goto(`/tasks/${key}`);

  await page.getByRole('button', { name: 'Fill in Acceptance Criteria' }).click();
  const form = page.getByRole('form', { name: 'Edit Acceptance Criteria' });
  await form.getByRole('button', { name: 'Add item' }).click();
  await form.getByRole('button', { name: 'Add item' }).click();
  await form.getByLabel('Text').nth(0).fill('Second, after the move');
  await form.getByLabel('Text').nth(1).fill('First, after the move');
  await form.getByRole('button', { name: 'Move Items 2 up' }).click();
  await form.screenshot({ path: 'test-results/section-form.png' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await page.reload();
  const criteria = page.locator('#acceptance-criteria li');
  await expect(criteria.nth(0)).toContainText('First, after the move');
  await expect(criteria.nth(1)).toContainText('Second, after the move');

  await page.getByRole('checkbox', { name: 'Second, after the move' }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Second, after the move' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'First, after the move' })).not.toBeChecked();

  const patched = () => page.waitForResponse((response) => response.request().method() === 'PATCH' && response.ok());
  await Promise.all([
    patched(),
    page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('IN_PROGRESS'),
  ]);
  await page.getByLabel('Estimate in points').fill('5');
  await Promise.all([patched(), page.getByLabel('Estimate in points').blur()]);
  await expect(page.getByLabel('Estimate in hours')).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('IN_PROGRESS');
  await expect(page.getByLabel('Estimate in points')).toHaveValue('5');
  await page.screenshot({ path: 'test-results/task-details.png' });

  await page.getByRole('button', { name: 'Fill in Prerequisite Tasks' }).click();
  const links = page.getByRole('form', { name: 'Edit Prerequisite Tasks' });
  await links.getByRole('combobox', { name: 'Find a task to link as Prerequisite tasks' }).fill('has to come first');
  await links.getByRole('option', { name: new RegExp(`${blocker} Has to come first`) }).click();
  await links.getByLabel(`Why ${blocker} comes first`).fill('It sets up the data');
  await links.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#prerequisite-tasks')).toContainText('It sets up the data');

  await page.goto(`/tasks/${blocker}`);
  await page.getByRole('button', { name: 'Fill in Prerequisite Tasks' }).click();
  const back = page.getByRole('form', { name: 'Edit Prerequisite Tasks' });
  await back.getByRole('combobox', { name: 'Find a task to link as Prerequisite tasks' }).fill(key);
  await back.getByRole('button', { name: 'Link' }).click();
  await back.getByRole('button', { name: 'Save' }).click();
  await expect(back.getByText(/dependency cycle/i).first()).toBeVisible();
  await expect(back.getByText(`${blocker} → ${key} → ${blocker}`).first()).toBeVisible();
});

test('two people edit different sections at once; the same section shows the conflict', async ({ browser }) => {
  const [mine, theirs] = [await signedInPage(browser), await signedInPage(browser)];
  const key = await createTask(mine, 'Edited by two people');
  await mine.goto(`/tasks/${key}`);
  await theirs.goto(`/tasks/${key}`);

  await mine.getByRole('button', { name: 'Fill in Task Summary' }).click();
  await theirs.getByRole('button', { name: 'Fill in Testing Plan' }).click();
  await mine.getByRole('form', { name: 'Edit Task Summary' }).getByLabel('Summary').fill('My summary');
  await theirs.getByRole('form', { name: 'Edit Testing Plan' }).getByLabel('Unit Tests').fill('Their unit tests');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(mine.locator('#summary')).toContainText('My summary');
  await expect(theirs.locator('#testing-plan')).toContainText('Their unit tests');

  await theirs.reload();
  await mine.getByRole('button', { name: 'Edit Task Summary' }).click();
  await theirs.getByRole('button', { name: 'Edit Task Summary' }).click();
  await mine.getByRole('form', { name: 'Edit Task Summary' }).getByLabel('Summary').fill('Mine again');
  await theirs.getByRole('form', { name: 'Edit Task Summary' }).getByLabel('Summary').fill('Theirs instead');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(theirs.locator('#summary')).toContainText('Theirs instead');
  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(mine.getByText('Someone changed this section since you opened it')).toBeVisible();
  await expect(mine.getByText('Theirs instead')).toBeVisible();
  await mine.getByRole('form', { name: 'Edit Task Summary' }).screenshot({ path: 'test-results/section-conflict.png' });
  await mine.getByRole('button', { name: 'Keep mine' }).click();
  await expect(mine.locator('#summary')).toContainText('Mine again');
});

test('creates a task with the keyboard and duplicates it', async ({ page }) => {
  await signInToRocket(page);
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Create task' }).click();
  await expect(dialog.getByText('Title is required')).toBeVisible();
  await dialog.getByLabel('Title').fill('Made from the keyboard');
  await dialog.getByLabel('Status').selectOption('IN_REVIEW');
  await dialog.getByRole('button', { name: 'Create task' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Made from the keyboard');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('IN_REVIEW');
  // A new task starts with the template's default checklists.
  await expect(page.getByRole('checkbox', { name: 'Code reviewed and approved' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Copy of Made from the keyboard');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('TODO');
});

test('asks before a link leaves unsaved edits behind', async ({ page }) => {
  await signInToRocket(page);
  const key = await createTask(page, 'Half-written summary');
  await page.goto(`/tasks/${key}`);
  await page.getByRole('button', { name: 'Fill in Task Summary' }).click();
  await page.getByRole('form', { name: 'Edit Task Summary' }).getByLabel('Summary').fill('Not saved yet');

  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Sprints' }).click();
  await expect.poll(() => questions).toEqual(['You have unsaved changes. Leave this page and lose them?']);
  await expect(page).toHaveURL(new RegExp(`/tasks/${key}$`));
  await expect(page.getByRole('form', { name: 'Edit Task Summary' }).getByLabel('Summary')).toHaveValue(
    'Not saved yet',
  );

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'Sprints' }).click();
  await expect(page).toHaveURL(/\/sprints$/);
});

test('reorders a list by dragging, with the mouse and with the keyboard', async ({ page }) => {
  await signInToRocket(page);
  const key = await createTaskAs(page, {
    title: 'Dragged criteria',
    sections: { acceptanceCriteria: { items: [{ text: 'Alpha' }, { text: 'Bravo' }, { text: 'Charlie' }] } },
  });
  await page.goto(`/tasks/${key}`);
  await page.getByRole('button', { name: 'Edit Acceptance Criteria' }).click();
  const form = page.getByRole('form', { name: 'Edit Acceptance Criteria' });
  const texts = form.getByLabel('Text');
  await expect(texts).toHaveCount(3);

  // Mouse: Charlie's handle onto Alpha, with the whole list on screen.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await form.scrollIntoViewIfNeeded();
  const handle = form.getByRole('button', { name: 'Drag Items 3 to reorder' });
  const target = await form.getByRole('listitem', { name: 'Items 1' }).boundingBox();
  const from = await handle.boundingBox();
  if (!target || !from) throw new Error('the list is not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, target.y + 5, { steps: 12 });
  await page.mouse.up();
  await expect(texts.nth(0)).toHaveValue('Charlie');
  await expect(texts.nth(1)).toHaveValue('Alpha');

  // Keyboard: lift Charlie with Space, move it down one place, drop it.
  // Each key waits for dnd-kit's announcement of the last, as a person waits to see the item lift and move.
  const lift = form.getByRole('button', { name: 'Drag Items 1 to reorder' });
  await lift.focus();
  await page.keyboard.press('Space');
  await expect(lift).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(/item (\S+) was moved over droppable area \1\./);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(/item (\S+) was moved over droppable area (?!\1\.)/);
  await page.keyboard.press('Space');
  await expect(texts.nth(0)).toHaveValue('Alpha');
  await expect(texts.nth(1)).toHaveValue('Charlie');

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await page.reload();
  await expect(page.locator('#acceptance-criteria li')).toHaveText([/Alpha/, /Charlie/, /Bravo/]);
});

test('fills every section of a new task through its form, and the read view shows it complete', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToRocket(page);
  const key = await createTask(page, 'Every section by hand');
  const [first, second] = [await createTask(page, 'Comes before'), await createTask(page, 'Blocks it')];
  await page.goto(`/tasks/${key}`);

  const fillIn = page.getByRole('button', { name: /^Fill in / });
  await expect(fillIn.first()).toBeVisible();
  for (let remaining = await fillIn.count(); remaining > 0; remaining = await fillIn.count()) {
    const button = fillIn.first();
    const title = ((await button.getAttribute('aria-label')) ?? '').replace(/^Fill in /, '').trim();
    await button.click();
    const form = page.getByRole('form', { name: `Edit ${title}` });
    await expect(form.getByRole('button', { name: 'Save' })).toBeEnabled();
    // Lists get one item; links get one task (the blocker, for Related Tasks, in its first set only).
    for (const add of await form.getByRole('button', { name: /^Add / }).all()) await add.click();
    const pickers = form.getByRole('combobox', { name: /^Find a task to link as / });
    if ((await pickers.count()) > 0) {
      await pickers.first().fill(title === 'Prerequisite Tasks' ? first : second);
      await form.getByRole('button', { name: 'Link' }).first().click();
    }
    for (const box of await form.getByRole('textbox', { name: 'Language' }).all()) await box.fill('typescript');
    for (const box of await form.getByRole('textbox').all()) {
      if ((await box.inputValue()) === '') await box.fill(`${title} by hand`);
    }
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Fill in ${title}` })).toHaveCount(0);
  }

  await page.reload();
  await expect(page.getByRole('region', { name: 'Completeness' })).toContainText('100%');
  await expect(page.locator('#prerequisite-tasks')).toContainText(first);
  await expect(page.locator('#related-tasks')).toContainText(second);
  await expect(page.locator('#monitoring')).toContainText('Monitoring by hand');
  await expect(page.locator('#technical-risks')).toContainText('Technical Risks by hand');
});
