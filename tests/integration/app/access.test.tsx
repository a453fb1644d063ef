import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

test('an expert cannot open the organizer cabinet', async () => {
  await signInByApi('expert@demo.ru');
  renderApp('/organizer');
  expect(await screen.findByRole('heading', { name: 'Доступ закрыт' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Кабинет организатора' })).not.toBeInTheDocument();
  // The frame stays usable: the expert can go back to their own cabinet.
  expect(screen.getByRole('link', { name: 'Эксперт' })).toBeInTheDocument();
});

test('an expert cannot open the coordinator cabinet', async () => {
  await signInByApi('expert@demo.ru');
  renderApp('/coordinator');
  expect(await screen.findByRole('heading', { name: 'Доступ закрыт' })).toBeInTheDocument();
});

test('an unknown address shows the not-found page inside the app frame', async () => {
  await signInByApi('organizer@demo.ru');
  renderApp('/organizer/nothing-here');
  expect(await screen.findByRole('heading', { name: 'Страница не найдена' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Кабинеты' })).toBeInTheDocument();
});

test('signing out clears cached data and returns to the login page', async () => {
  await signInByApi('organizer@demo.ru');
  const { user, queryClient, router } = renderApp('/organizer');
  expect(await screen.findAllByText(/Конкурс грантов/)).not.toHaveLength(0);
  await user.click(screen.getByRole('button', { name: /Меню пользователя/ }));
  await user.click(screen.getByRole('button', { name: 'Выйти' }));
  expect(await screen.findByRole('heading', { name: 'Вход в кабинет' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/login');
  expect(queryClient.getQueryCache().findAll({ queryKey: ['organizer'] })).toHaveLength(0);
});
