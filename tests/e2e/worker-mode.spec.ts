import { expect, test } from './fixtures';

// The dev server's in-browser mock: a service worker answers the API and state survives reloads.
test('the service-worker mock serves the app, keeps its state across reloads and resets on demand', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Вход в кабинет' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Демо-доступ' })).toBeVisible();
  const controlled = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.active && navigator.serviceWorker.controller);
  });
  expect(controlled).toBe(true);

  await page.getByRole('button', { name: /Войти как Анна Сергеевна Иванова/ }).click();
  await expect(page).toHaveURL(/\/expert$/);

  // A setting changed in the demo panel is stored by the mock (IndexedDB) and survives a reload.
  await page.getByRole('button', { name: /Демо-стенд/ }).click();
  await page.getByLabel('Задержка ответа, мс').fill('150');
  await page.getByLabel('Нет сети').check();
  await expect(page.getByLabel('Нет сети')).toBeChecked();
  await page.getByLabel('Нет сети').uncheck();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Кабинет эксперта' })).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await page.getByRole('button', { name: /Демо-стенд/ }).click();
  await expect(page.getByLabel('Задержка ответа, мс')).toHaveValue('150');
  await expect(page.getByLabel('Нет сети')).not.toBeChecked();

  // A reset restores the seed and ends every session.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Сбросить демо-данные' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Вход в кабинет' })).toBeVisible();
});
