import { ACCOUNTS, axeViolations, expect, signIn, test } from './fixtures';

test('an expert signs in, lands in their cabinet and signs out', async ({ guardedPage: page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Вход в кабинет' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await signIn(page, ACCOUNTS.expert);
  await expect(page).toHaveURL(/\/expert$/);
  await expect(page.getByRole('heading', { name: 'Кабинет эксперта' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Мои этапы экспертизы' })).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /Меню пользователя/ }).click();
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/expert');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fexpert/);
});

test('wrong password reads as a clear error and keeps the email', async ({ guardedPage: page }) => {
  await page.goto('/login');
  await signIn(page, ACCOUNTS.organizer, 'wrong');
  await expect(page.getByRole('alert')).toContainText('Неверная почта или пароль');
  await expect(page.getByLabel('Электронная почта')).toHaveValue(ACCOUNTS.organizer);
});

test('organizer and coordinator cabinets show the contests', async ({ guardedPage: page }) => {
  await page.goto('/login');
  await signIn(page, ACCOUNTS.organizer);
  await expect(page).toHaveURL(/\/organizer$/);
  await expect(page.getByRole('heading', { name: 'Кабинет организатора' })).toBeVisible();
  await expect(
    page.getByText('Конкурс грантов для социально ориентированных НКО', { exact: false }).first(),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // An organizer is not a coordinator: the cabinet is closed, with an explanation.
  await page.goto('/coordinator');
  await expect(page.getByRole('heading', { name: 'Доступ закрыт' })).toBeVisible();
});

test('a person with two roles switches between cabinets', async ({ guardedPage: page }) => {
  await page.goto('/login');
  await signIn(page, ACCOUNTS.chair);
  await expect(page).toHaveURL(/\/expert$/);
  const nav = page.getByRole('navigation', { name: 'Кабинеты' });
  await nav.getByRole('link', { name: 'Координатор' }).click();
  await expect(page.getByRole('heading', { name: 'Кабинет координатора' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Организатор' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a session that expires mid-work asks to sign in again and returns to the same screen', async ({
  guardedPage: page,
  context,
}) => {
  await page.goto('/login?returnTo=%2Fcoordinator');
  await signIn(page, ACCOUNTS.chair);
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(
    page.getByText('Конкурс грантов для социально ориентированных НКО', { exact: false }).first(),
  ).toBeVisible();
  // The server forgets the session (idle timeout); the next request gets a 401.
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Кабинеты' }).getByRole('link', { name: 'Эксперт' }).click();
  const dialog = page.getByRole('dialog', { name: 'Сессия истекла' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Электронная почта')).toHaveValue(ACCOUNTS.chair);
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByLabel('Пароль').fill('demo');
  await dialog.getByRole('button', { name: 'Войти', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/expert$/);
  await expect(page.getByRole('heading', { name: 'Мои этапы экспертизы' })).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
});

test('English is one click away and remembered', async ({ guardedPage: page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: /EN/ }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('an unknown address shows a 404 page inside the app', async ({ guardedPage: page }) => {
  await page.goto('/login');
  await signIn(page, ACCOUNTS.expert);
  await expect(page).toHaveURL(/\/expert$/);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
});

test('the production build is served with a strict Content-Security-Policy', async ({ request }) => {
  const response = await request.get('/login');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  const openapi = await request.get('/openapi.json');
  expect(openapi.ok()).toBe(true);
  expect((await openapi.json()) as { openapi: string }).toMatchObject({ openapi: '3.1.0' });
});
