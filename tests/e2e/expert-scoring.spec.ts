import type { Locator } from '@playwright/test';
import { ACCOUNTS, axeViolations, expect, test } from './fixtures';
import {
  ApiClient,
  assignmentIdOf,
  GRANT_SHEET,
  GRANT_TOTAL,
  INNOVATION,
  LOGIC,
  OVERALL_COMMENT,
  RELEVANCE,
  SAVED,
  commentBox,
  commentFor,
  expectServerHasGrantSheet,
  expectVisibleFocus,
  fillGrantSheet,
  openFromQueue,
  saveStatus,
  scoreOption,
  screenshot,
  signInAsExpert,
} from './expert-helpers';

test('an expert scores a new application with the mouse and submits it', async ({ guardedPage: page }) => {
  await signInAsExpert(page);
  // The grant stage's card on the cabinet home leads to its queue.
  await page.getByRole('link', { name: 'Все заявки этапа' }).first().click();
  await expect(page.getByRole('heading', { name: 'Очередь заявок' })).toBeVisible();
  const row = page.getByRole('row', { name: /Крепкая семья/ });
  await expect(row).toContainText('Новая');
  await expect(row).toContainText('Оценки пока нет');
  expect(await axeViolations(page)).toEqual([]);

  await row.getByRole('link', { name: 'Крепкая семья' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '№ 1282 · Крепкая семья' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Заявка № 1282' })).toContainText('Благотворительный фонд');
  await expect(saveStatus(page)).toHaveText('Оценка ещё не начата');
  expect(await axeViolations(page)).toEqual([]);
  const assignmentId = assignmentIdOf(page);

  // The running total follows every score: weight × score, summed.
  const total = page.getByRole('region', { name: 'Итоговый балл' });
  await expect(total.getByText('0 из 100', { exact: true })).toBeVisible();
  await scoreOption(page, RELEVANCE, 8).click();
  await expect(total.getByText('16 из 100', { exact: true })).toBeVisible();
  await expect(total).toContainText('Оценено критериев: 1 из 10');
  await scoreOption(page, LOGIC, 7).click();
  await expect(total.getByText('26,5 из 100', { exact: true })).toBeVisible();
  // The band the score falls in is marked, and only that one.
  const current = page
    .getByRole('group', { name: `1. ${RELEVANCE.title}` })
    .getByRole('listitem')
    .filter({ hasText: 'соответствует оценке' });
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('6–8');

  await fillGrantSheet(page);
  await expect(total.getByText(GRANT_TOTAL, { exact: true })).toBeVisible();
  await expect(total).toContainText('77 %');
  await expect(total).toContainText('Оценено критериев: 10 из 10');
  await expect(total.getByRole('progressbar', { name: 'Сумма баллов с учётом весов' })).toHaveAttribute(
    'aria-valuenow',
    '77',
  );
  await expect(saveStatus(page)).toHaveText(SAVED);
  // The screenshots show the top of the sheet, as the expert first sees it.
  await page.getByRole('heading', { name: 'Оценка по критериям' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'evaluation-1366');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'evaluation-1920');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('button', { name: 'Отправить оценку' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отправить оценку?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(`Итого: ${GRANT_TOTAL} (77 %)`);
  await expect(confirm).toContainText('Рекомендация: Поддержать');
  await expect(confirm.getByRole('row', { name: new RegExp(`^3\\. ${INNOVATION.title}`) })).toContainText(
    '10 из 10',
  );
  expect(await axeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Отправить', exact: true }).click();

  // Focus lands on the confirmation, not on the page body.
  await expect(page.getByRole('heading', { name: 'Оценка отправлена' })).toBeFocused();
  await expect(confirm).toBeHidden();
  // Read-only now: the scores are text, the comments too.
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expect(page.getByText(commentFor(0))).toBeVisible();
  await expect(page.getByText(OVERALL_COMMENT)).toBeVisible();

  const expert = await ApiClient.signIn(ACCOUNTS.expert);
  await expectServerHasGrantSheet(expert, assignmentId);
  expect((await expert.sheet(assignmentId))?.status).toBe('submitted');
  expect((await expert.sheet(assignmentId))?.total).toBe(77);
  await expert.dispose();

  await page.getByRole('link', { name: 'К очереди' }).click();
  await expect(page.getByRole('heading', { name: 'Очередь заявок' })).toBeVisible();
  await expect(row).toContainText('Отправлена');
  await expect(row).toContainText(GRANT_TOTAL);
  await screenshot(page, 'queue-1366');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'queue-1920');
});

test('the whole evaluation is done with the keyboard alone', async ({ guardedPage: page }) => {
  const focused = (name: string) => expect(page.locator(':focus')).toHaveAccessibleName(name);
  /** Tab until the target has focus, checking on every stop that the focus is visible. */
  const tabTo = async (target: Locator, limit = 60) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page);
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  };

  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Вход в кабинет' })).toBeVisible();
  await tabTo(page.getByLabel('Электронная почта'));
  await page.keyboard.type(ACCOUNTS.expert);
  await page.keyboard.press('Tab');
  await focused('Пароль');
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Мои этапы экспертизы' })).toBeVisible();

  await tabTo(page.getByRole('link', { name: 'Все заявки этапа' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Очередь заявок' })).toBeVisible();
  // Tab enters the list at its first row; arrows move between rows; Enter opens one.
  const rows = page.getByRole('table', { name: /Назначенные заявки/ }).getByRole('link');
  await tabTo(rows.first());
  const target = page.getByRole('link', { name: 'Школа семейного волонтёрства', exact: true });
  for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
    await expectVisibleFocus(page);
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Школа семейного волонтёрства');
  const assignmentId = assignmentIdOf(page);

  // Into the form: the first scale's tab stop is its lowest score.
  await tabTo(scoreOption(page, RELEVANCE, 0));
  for (const [index, c] of GRANT_SHEET.entries()) {
    await expect(scoreOption(page, c, 0)).toBeFocused();
    // Digits set the score; "1" then "0" is 10.
    await page.keyboard.type(String(c.score));
    await expect(scoreOption(page, c, c.score)).toHaveAttribute('aria-checked', 'true');
    await expect(scoreOption(page, c, c.score)).toBeFocused();
    await expectVisibleFocus(page);
    // Enter moves on to the criterion's comment (or, without one, to the overall decision).
    await page.keyboard.press('Enter');
    if (c.commented) {
      await expect(commentBox(page, c)).toBeFocused();
      await expectVisibleFocus(page);
      await page.keyboard.type(commentFor(index));
      await page.keyboard.press('Tab');
    }
  }
  const support = page.getByRole('radio', { name: 'Поддержать' });
  await expect(support).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(support).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Общий комментарий' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type(OVERALL_COMMENT);
  await expect(page.getByRole('region', { name: 'Итоговый балл' })).toContainText('77 из 100');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Отправить оценку' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Отправить оценку?' });
  await expect(confirm).toBeVisible();
  // The safe choice has focus first; the submit is one Tab away.
  await expect(confirm.getByRole('button', { name: 'Вернуться к оценке' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Отправить', exact: true })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Оценка отправлена' })).toBeFocused();

  const expert = await ApiClient.signIn(ACCOUNTS.expert);
  await expectServerHasGrantSheet(expert, assignmentId);
  expect((await expert.sheet(assignmentId))?.status).toBe('submitted');
  await expert.dispose();
});

test('tabbing down the whole form never leaves the focus under the sticky bar or footer', async ({
  guardedPage: page,
}) => {
  await signInAsExpert(page);
  await openFromQueue(page, 'Школа семейного волонтёрства');
  await scoreOption(page, RELEVANCE, 0).focus();
  // Every stop of the ten criteria (score scale, descriptor toggle, comment) down to the submit button.
  const submit = page.getByRole('button', { name: 'Отправить оценку' });
  for (let i = 0; i < 80 && !(await submit.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
  }
  await expect(submit).toBeFocused();
});
