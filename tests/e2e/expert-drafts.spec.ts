import type { APIRequestContext, Page, Route } from '@playwright/test';
import { ACCOUNTS, expect, signIn, test } from './fixtures';
import {
  ApiClient,
  INNOVATION,
  LOGIC,
  OFFLINE_TEXT,
  RELEVANCE,
  SAVED,
  commentBox,
  commentFor,
  expectServerHasGrantSheet,
  expectSheetOnScreen,
  fillGrantSheet,
  openFromQueue,
  saveStatus,
  scoreGroup,
  scoreOption,
  signInAsExpert,
} from './expert-helpers';

// "Nothing is ever lost": every fault the draft engine promises to survive, injected for real.

const RESTORED =
  'Мы восстановили несохранённые изменения с этого устройства. Они будут отправлены на сервер.';
const [relevance, logic, innovation] = [RELEVANCE, LOGIC, INNOVATION];

function isSheetSave(method: string, url: string): boolean {
  return method === 'PUT' && /\/api\/v1\/assignments\/[^/]+\/sheet$/.test(url);
}

/** The mock backend's "offline" switch: every API request fails as a dropped connection. */
async function setBackendDown(request: APIRequestContext, offline: boolean): Promise<void> {
  const response = await request.put('/api/v1/__mock/settings', {
    data: { offline, latencyMs: 0, failureRate: 0 },
  });
  expect(response.ok()).toBe(true);
}

/** Page errors of a second tab fail the test as they do on the guarded one. */
function guard(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test('a reload in the middle of typing brings every value back from the device and saves it', async ({
  guardedPage: page,
  request,
}) => {
  await signInAsExpert(page);
  const assignmentId = await openFromQueue(page, 'Клуб неравнодушных - 2026 "Тверская, 21"');
  const expert = await ApiClient.signIn(ACCOUNTS.expert);

  // The autosave leaves but never arrives: the tab is reloaded while it is on its way.
  const held: Route[] = [];
  let holding = true;
  await page.route('**/api/v1/assignments/*/sheet', async (route) => {
    if (holding && isSheetSave(route.request().method(), route.request().url())) held.push(route);
    else await route.fallback();
  });
  await scoreOption(page, relevance, 3).click();
  await scoreOption(page, logic, 9).click();
  await scoreOption(page, innovation, 0).click();
  const partial = 'Проблема названа, но данных о целевой';
  await commentBox(page, relevance).pressSequentially(partial);
  await expect(page.getByRole('region', { name: 'Итоговый балл' })).toContainText('19,5 из 100');
  // The save starts 1.5 s after the last keystroke; the device copy is written within 1 s of it.
  await expect.poll(() => held.length).toBe(1);
  await expect(saveStatus(page)).toHaveText('Сохраняем…');
  expect(await expert.sheet(assignmentId)).toBeNull();

  // The page's last-gasp save on page hide (a keepalive request, which no route can hold) must not
  // land either, or the server would hand the values back: the backend is down while the tab
  // unloads, and the new page's requests wait at a gate until it is up again.
  let openGate = () => {};
  const gate = new Promise<void>((resolve) => (openGate = resolve));
  await page.route('**/api/v1/**', async (route) => {
    await gate;
    await route.fallback();
  });
  holding = false;
  await setBackendDown(request, true);
  try {
    await page.reload();
  } finally {
    await setBackendDown(request, false);
    openGate();
  }
  expect(await expert.sheet(assignmentId)).toBeNull();

  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(scoreOption(page, relevance, 3)).toHaveAttribute('aria-checked', 'true');
  await expect(scoreOption(page, logic, 9)).toHaveAttribute('aria-checked', 'true');
  await expect(scoreOption(page, innovation, 0)).toHaveAttribute('aria-checked', 'true');
  await expect(commentBox(page, relevance)).toHaveValue(partial);
  await expect(page.getByRole('region', { name: 'Итоговый балл' })).toContainText('19,5 из 100');

  // …and what came back from the device goes on to the server.
  await expect(saveStatus(page)).toHaveText(SAVED);
  await expect
    .poll(() => expert.scoresByTitle(assignmentId))
    .toMatchObject({
      [relevance.title]: 3,
      [logic.title]: 9,
      [innovation.title]: 0,
    });
  expect(Object.values((await expert.sheet(assignmentId))?.comments ?? {})).toEqual([partial]);
  await expert.dispose();
});

test('offline, edits stay on the device and reach the server when the network returns', async ({
  guardedPage: page,
  context,
  browser,
}) => {
  await signInAsExpert(page);
  const assignmentId = await openFromQueue(page, 'Крепкая семья');
  const expert = await ApiClient.signIn(ACCOUNTS.expert);

  await context.setOffline(true);
  await fillGrantSheet(page);
  await expect(saveStatus(page)).toHaveText(OFFLINE_TEXT);
  // Screen readers hear it once, not every keystroke.
  await expect(page.getByRole('status').filter({ hasText: OFFLINE_TEXT })).toHaveCount(1);
  // Well past the autosave delay: still nothing sent, still nothing lost.
  await page.waitForTimeout(3000);
  await expect(saveStatus(page)).toHaveText(OFFLINE_TEXT);
  expect(await expert.sheet(assignmentId)).toBeNull();
  await expectSheetOnScreen(page);

  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText(SAVED);
  await expect(page.getByRole('status').filter({ hasText: 'Изменения сохранены на сервере' })).toHaveCount(1);
  await expectServerHasGrantSheet(expert, assignmentId);
  await expert.dispose();

  // Another device (no copy of its own) signs in as the same expert and finds everything.
  const other = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  const elsewhere = await other.newPage();
  const problems = guard(elsewhere);
  await elsewhere.goto(`/expert/assignments/${assignmentId}`);
  await signIn(elsewhere, ACCOUNTS.expert);
  await expect(scoreGroup(elsewhere, relevance)).toBeVisible();
  await expectSheetOnScreen(elsewhere);
  await expect(elsewhere.getByText(RESTORED)).toHaveCount(0);
  await other.close();
  expect(problems).toEqual([]);
});

test('a session that expires mid-edit: sign in over the form, every value intact, the save sent once', async ({
  guardedPage: page,
  context,
}) => {
  await signInAsExpert(page);
  const assignmentId = await openFromQueue(page, 'Школа семейного волонтёрства');
  const expert = await ApiClient.signIn(ACCOUNTS.expert);
  await scoreOption(page, relevance, relevance.score).click();
  await commentBox(page, relevance).fill(commentFor(0));
  await scoreOption(page, logic, logic.score).click();
  await expect(saveStatus(page)).toHaveText(SAVED);

  // The server forgets the session; the expert keeps typing and the next autosave gets a 401.
  // (One action, well inside the 1.5 s pause that triggers the save.)
  await context.clearCookies();
  await commentBox(page, logic).fill(commentFor(1));
  const dialog = page.getByRole('dialog', { name: 'Сессия истекла' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Электронная почта')).toHaveValue(ACCOUNTS.expert);
  // Over the form, not instead of it.
  await expect(commentBox(page, logic)).toHaveValue(commentFor(1));
  expect(Object.values((await expert.sheet(assignmentId))?.comments ?? {})).toEqual([commentFor(0)]);

  const saves: string[] = [];
  page.on('request', (r) => {
    if (isSheetSave(r.method(), r.url())) saves.push(r.url());
  });
  const replayed = page.waitForResponse((r) => isSheetSave(r.request().method(), r.url()));
  await dialog.getByLabel('Пароль').fill('demo');
  await dialog.getByRole('button', { name: 'Войти', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect((await replayed).status()).toBe(200);
  await expect(saveStatus(page)).toHaveText(SAVED);

  await expect(scoreOption(page, relevance, relevance.score)).toHaveAttribute('aria-checked', 'true');
  await expect(commentBox(page, relevance)).toHaveValue(commentFor(0));
  await expect(scoreOption(page, logic, logic.score)).toHaveAttribute('aria-checked', 'true');
  await expect(commentBox(page, logic)).toHaveValue(commentFor(1));
  await expect
    .poll(() => expert.scoresByTitle(assignmentId))
    .toMatchObject({
      [relevance.title]: relevance.score,
      [logic.title]: logic.score,
    });
  expect(Object.values((await expert.sheet(assignmentId))?.comments ?? {}).sort()).toEqual(
    [commentFor(0), commentFor(1)].sort(),
  );
  // Time is the point here: long past the autosave and retry delays, the replay stays a single request.
  await page.waitForTimeout(4000);
  expect(saves).toHaveLength(1);
  await expert.dispose();
});

test('two tabs edit one sheet: the later save meets a 412 and the expert chooses a version', async ({
  guardedPage: tabA,
  context,
}) => {
  await signInAsExpert(tabA);
  const assignmentId = await openFromQueue(tabA, 'Жить дома — 2026');
  const expert = await ApiClient.signIn(ACCOUNTS.expert);
  const tabB = await context.newPage();
  const problems = guard(tabB);
  await tabB.goto(tabA.url());
  await expect(scoreGroup(tabB, relevance)).toBeVisible();

  // Two different values, both different from the draft's current one.
  const current = await expert.scoresByTitle(assignmentId);
  const inA = current[relevance.title] === 7 ? 6 : 7;
  const inB = current[relevance.title] === 3 ? 2 : 3;
  const innovationBefore = current[innovation.title];

  await scoreOption(tabA, relevance, inA).click();
  await expect(saveStatus(tabA)).toHaveText(SAVED);
  await expect.poll(async () => (await expert.scoresByTitle(assignmentId))[relevance.title]).toBe(inA);

  // Tab B still builds on the version it loaded: its save is refused, nothing is overwritten silently.
  await scoreOption(tabB, relevance, inB).click();
  const dialogB = tabB.getByRole('dialog', {
    name: 'Оценку изменили в другой вкладке или на другом устройстве',
  });
  await expect(dialogB).toBeVisible();
  await expect(saveStatus(tabB)).toHaveText('Конфликт версий');
  const rowB = dialogB.getByRole('row', { name: new RegExp(`^1\\. ${relevance.title}`) });
  await expect(rowB).toContainText('отличается');
  await expect(rowB.getByRole('cell').nth(0)).toContainText(`${inB} из 10`);
  await expect(rowB.getByRole('cell').nth(1)).toContainText(`${inA} из 10`);
  expect((await expert.scoresByTitle(assignmentId))[relevance.title]).toBe(inA);

  await dialogB.getByRole('button', { name: 'Оставить мою версию' }).click();
  await expect(dialogB).toBeHidden();
  await expect(saveStatus(tabB)).toHaveText(SAVED);
  await expect.poll(async () => (await expert.scoresByTitle(assignmentId))[relevance.title]).toBe(inB);

  // Now tab A is behind. Its next edit meets B's version; this time the server's copy is taken.
  const innovationInA = innovationBefore === 1 ? 2 : 1;
  await scoreOption(tabA, innovation, innovationInA).click();
  const dialogA = tabA.getByRole('dialog', {
    name: 'Оценку изменили в другой вкладке или на другом устройстве',
  });
  await expect(dialogA).toBeVisible();
  const rowA = dialogA.getByRole('row', { name: new RegExp(`^1\\. ${relevance.title}`) });
  await expect(rowA.getByRole('cell').nth(0)).toContainText(`${inA} из 10`);
  await expect(rowA.getByRole('cell').nth(1)).toContainText(`${inB} из 10`);
  await dialogA.getByRole('button', { name: 'Взять версию с сервера' }).click();
  await expect(dialogA).toBeHidden();
  await expect(scoreOption(tabA, relevance, inB)).toHaveAttribute('aria-checked', 'true');
  await expect(scoreOption(tabA, innovation, innovationInA)).toHaveAttribute('aria-checked', 'false');

  const server = await expert.scoresByTitle(assignmentId);
  expect(server[relevance.title]).toBe(inB);
  expect(server[innovation.title]).toBe(innovationBefore);
  await expert.dispose();
  expect(problems).toEqual([]);
});
