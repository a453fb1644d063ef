import { ACCOUNTS, axeViolations, expect, test } from './fixtures';
import {
  ApiClient,
  GRANT_STAGE,
  MAIN_EXPERT_ID,
  SAVED,
  expectServerHasGrantSheet,
  fillGrantSheet,
  openFromQueue,
  saveStatus,
  signInAsExpert,
} from './expert-helpers';

const DAY = 24 * 60 * 60 * 1000;

test('declaring a conflict of interest takes the application out of the queue', async ({
  guardedPage: page,
}) => {
  await signInAsExpert(page);
  const title = 'Школа семейного волонтёрства';
  const assignmentId = await openFromQueue(page, title);

  await page.getByRole('button', { name: 'Заявить о конфликте интересов' }).click();
  const dialog = page.getByRole('dialog', { name: 'Конфликт интересов' });
  await expect(dialog).toBeVisible();
  // «Другое» needs an explanation; the form says so instead of sending.
  await dialog.getByRole('radio', { name: 'Другое' }).check();
  await dialog.getByRole('button', { name: 'Заявить о конфликте' }).click();
  await expect(dialog.getByText('Поясните причину конфликта интересов')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Пояснение' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await dialog.getByRole('radio', { name: 'Аффилированность с организацией' }).check();
  const reason = 'В 2024 году входила в попечительский совет организации-заявителя.';
  await dialog.getByRole('textbox', { name: 'Пояснение' }).fill(reason);
  await dialog.getByRole('button', { name: 'Заявить о конфликте' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Вы заявили о конфликте интересов' })).toBeVisible();
  await expect(page.getByText(`Причина: Аффилированность с организацией — ${reason}`)).toBeVisible();
  // Nothing left to score here.
  await expect(page.getByRole('radiogroup')).toHaveCount(0);

  const expert = await ApiClient.signIn(ACCOUNTS.expert);
  expect(await expert.assignmentStatus(assignmentId)).toBe('recused');
  await expert.dispose();

  await page.getByRole('link', { name: 'Вернуться к очереди' }).click();
  await expect(page.getByRole('heading', { name: 'Очередь заявок' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Назначенные заявки/ })).toBeVisible();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Статус' }).selectOption({ label: 'Самоотвод' });
  await expect(page).toHaveURL(/status=recused/);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Самоотвод');
});

test('after the deadline submit is refused but the draft saves; an extension reopens it', async ({
  guardedPage: page,
  request,
}) => {
  // The stage deadline is five days ahead in the demo data: the mock clock jumps six days.
  const clock = await request.post('/api/v1/__mock/clock', { data: { offsetMs: 6 * DAY } });
  expect(clock.ok()).toBe(true);
  await signInAsExpert(page);
  const assignmentId = await openFromQueue(page, 'Крепкая семья');
  const expert = await ApiClient.signIn(ACCOUNTS.expert);

  // Told before starting, and the sheet can still be worked on.
  await expect(page.getByText('Срок оценки истёк', { exact: true })).toBeVisible();
  await expect(page.getByText(/Отправить оценку уже нельзя, но черновик сохраняется/)).toBeVisible();
  await fillGrantSheet(page);
  await expect(saveStatus(page)).toHaveText(SAVED);
  await expectServerHasGrantSheet(expert, assignmentId);

  await page.getByRole('button', { name: 'Отправить оценку' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отправить оценку?' });
  await confirm.getByRole('button', { name: 'Отправить', exact: true }).click();
  await expect(confirm).toBeHidden();
  // The refusal explains itself beside the button, once.
  await expect(page.getByRole('alert').filter({ hasText: 'Срок оценки истёк' })).toBeVisible();
  await expect(page.getByText(/Обратитесь к координатору, чтобы продлить срок/)).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Оценка отправлена' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Отправить оценку' })).toBeEnabled();
  expect((await expert.sheet(assignmentId))?.status).toBe('draft');
  // The draft still saves after the deadline.
  await page.getByRole('radio', { name: 'Не поддерживать' }).check();
  await expect(saveStatus(page)).toHaveText(SAVED);
  await expect.poll(async () => (await expert.sheet(assignmentId))?.recommendation).toBe('reject');
  await page.getByRole('radio', { name: 'Поддержать' }).check();
  await expect.poll(async () => (await expert.sheet(assignmentId))?.recommendation).toBe('support');

  // The organizer extends the deadline for this expert, until ten (real) days from now.
  const organizer = await ApiClient.signIn(ACCOUNTS.organizer);
  const extension = await organizer.post(`/api/v1/stages/${GRANT_STAGE}/extensions`, {
    expertId: MAIN_EXPERT_ID,
    until: new Date(Date.now() + 10 * DAY).toISOString(),
    reason: 'Эксперт болела, срок продлён по согласованию с координатором',
  });
  expect(extension.status(), await extension.text()).toBe(201);
  await organizer.dispose();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Отправить оценку' })).toBeVisible();
  await expect(page.getByText('Срок оценки истёк', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Отправить оценку' }).click();
  await page
    .getByRole('dialog', { name: 'Отправить оценку?' })
    .getByRole('button', { name: 'Отправить', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Оценка отправлена' })).toBeVisible();
  expect((await expert.sheet(assignmentId))?.status).toBe('submitted');
  await expectServerHasGrantSheet(expert, assignmentId);
  await expert.dispose();
});
