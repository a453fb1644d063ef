import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@tests/render-app';
import { signInThroughForm } from '@tests/sign-in';

test('a visitor is sent to the login page and comes back to the address they asked for', async () => {
  const { user, router } = renderApp('/coordinator');
  expect(await screen.findByRole('heading', { name: 'Вход в кабинет' })).toBeInTheDocument();
  expect(router.state.location.search).toBe('?returnTo=%2Fcoordinator');
  await signInThroughForm(user, 'coordinator@demo.ru');
  expect(await screen.findByRole('heading', { name: 'Кабинет координатора' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/coordinator');
});

test.each([
  ['expert@demo.ru', '/expert', 'Кабинет эксперта'],
  ['organizer@demo.ru', '/organizer', 'Кабинет организатора'],
  ['coordinator@demo.ru', '/coordinator', 'Кабинет координатора'],
  ['chair@demo.ru', '/expert', 'Кабинет эксперта'],
])('%s signs in and lands in their cabinet', async (email, path, heading) => {
  const { user, router } = renderApp('/login');
  await signInThroughForm(user, email);
  expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(path);
});

test('the login form explains what is wrong before asking the server', async () => {
  const { user } = renderApp('/login');
  await screen.findByRole('heading', { name: 'Вход в кабинет' });
  await user.type(screen.getByLabelText('Электронная почта'), 'anna@');
  await user.click(screen.getByRole('button', { name: 'Войти' }));
  const email = screen.getByLabelText('Электронная почта');
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(email).toHaveAccessibleDescription(/name@example\.ru/);
  expect(email).toHaveFocus();
  expect(screen.getByLabelText('Пароль')).toHaveAccessibleDescription('Введите пароль');
});

test('a wrong password is refused with a message, not an error page', async () => {
  const { user } = renderApp('/login');
  await signInThroughForm(user, 'expert@demo.ru', 'not-the-password');
  expect(await screen.findByRole('alert')).toHaveTextContent('Неверная почта или пароль');
});

test('a person with two roles sees both cabinets in the navigation, and only those', async () => {
  const { user } = renderApp('/login');
  await signInThroughForm(user, 'chair@demo.ru');
  const nav = await screen.findByRole('navigation', { name: 'Кабинеты' });
  expect(within(nav).getByRole('link', { name: 'Эксперт' })).toHaveAttribute('aria-current', 'page');
  expect(within(nav).getByRole('link', { name: 'Координатор' })).toBeInTheDocument();
  expect(within(nav).queryByRole('link', { name: 'Организатор' })).not.toBeInTheDocument();
});
