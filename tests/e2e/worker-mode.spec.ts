import { expect, test } from './fixtures';

// The dev server's in-browser mock: a service worker answers the API and state survives reloads.
test('the service-worker mock serves the app, keeps state across reloads and resets on demand', async ({
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
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Кабинет эксперта' })).toBeVisible();

  await page.getByRole('button', { name: /Демо-стенд/ }).click();
  await page.getByLabel('Нет сети').check();
  await page.getByLabel('Нет сети').uncheck();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Сбросить демо-данные' }).click();
  await expect(page.getByText('Демо-данные восстановлены')).toBeVisible();
});
