import { expect, type Page, test } from '@playwright/test';

import { createTaskAs, signInToRocket } from './session';

async function api(page: Page, method: 'POST' | 'PATCH', path: string, data: unknown) {
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: new URL(page.url()).origin },
    data,
  });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return response.json();
}

const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

test('moves cards across the board with the mouse and the keyboard, and warns past a WIP limit', async ({ page }) => {
  await signInToRocket(page);
  const sprint = await api(page, 'POST', '/sprints', {
    number: 1000 + (Date.now() % 100_000),
    name: 'Board sprint',
    state: 'PLANNED',
  });
  const first = await createTaskAs(page, { title: 'Card by mouse', sprintId: sprint.id });
  const second = await createTaskAs(page, { title: 'Card by keyboard', sprintId: sprint.id });
  await api(page, 'PATCH', '/workspaces/current/settings', { wipLimits: { IN_PROGRESS: 1 } });
  try {
    await page.goto(`/board?sprint=${sprint.id}`);
    await expect(column(page, 'Todo').locator(`[data-card="${first}"]`)).toBeVisible();

    const moved = () =>
      page.waitForResponse((response) => response.url().endsWith('/move') && response.request().method() === 'POST');
    const handle = page.getByRole('button', { name: `Move ${first}` });
    const target = await column(page, 'In Progress').locator('ol').boundingBox();
    const from = await handle.boundingBox();
    if (!target || !from) throw new Error('the board is not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + 20, { steps: 15 });
    const [mouseMove] = await Promise.all([moved(), page.mouse.up()]);
    expect(mouseMove.status()).toBe(200);
    await page.reload();
    await expect(column(page, 'In Progress').locator(`[data-card="${first}"]`)).toBeVisible();

    // Each key waits for dnd-kit's announcement of the last, as a person waits to see the card lift and move.
    const lift = page.getByRole('button', { name: `Move ${second}` });
    await lift.focus();
    await page.keyboard.press('Space');
    await expect(lift).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(/item (\S+) was moved over droppable area \1\./);
    await page.keyboard.press('ArrowRight');
    await expect(column(page, 'In Progress').locator(`[data-card="${second}"]`)).toBeVisible();
    const [keyboardMove] = await Promise.all([moved(), page.keyboard.press('Space')]);
    expect(keyboardMove.status()).toBe(200);
    await expect(page.getByRole('status').filter({ hasText: 'its limit is 1' })).toContainText(
      `${second}: In Progress already holds 1 task; its limit is 1`,
    );
    await expect(column(page, 'In Progress')).toContainText('2 / 1');
    await page.screenshot({ path: 'test-results/board.png' });
    await page.reload();
    await expect(column(page, 'In Progress').locator(`[data-card="${second}"]`)).toBeVisible();
  } finally {
    await api(page, 'PATCH', '/workspaces/current/settings', { wipLimits: {} });
  }
});

test('a move made elsewhere shows on an open board without a reload', async ({ browser }) => {
  const watcher = await (await browser.newContext()).newPage();
  await signInToRocket(watcher);
  const sprint = await api(watcher, 'POST', '/sprints', {
    number: 1000 + (Date.now() % 100_000),
    name: 'Live sprint',
    state: 'PLANNED',
  });
  const key = await createTaskAs(watcher, { title: 'Moved by someone else', sprintId: sprint.id });
  await watcher.goto(`/board?sprint=${sprint.id}`);
  await expect(column(watcher, 'Todo').locator(`[data-card="${key}"]`)).toBeVisible();

  // Another client (here the API, as a tool would) moves it.
  const mover = await (await browser.newContext()).newPage();
  await signInToRocket(mover);
  const board = await (await mover.request.get(`/api/v1/boards/${sprint.id}`)).json();
  const card = board.columns[0].cards[0];
  await api(mover, 'POST', `/tasks/${key}/move`, { status: 'IN_REVIEW', version: card.version });

  await expect(column(watcher, 'In Review').locator(`[data-card="${key}"]`)).toBeVisible();
  await expect(column(watcher, 'Todo').locator(`[data-card="${key}"]`)).toHaveCount(0);
});
