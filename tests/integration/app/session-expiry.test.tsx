import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@tests/render-app';
import { expireAllSessions, signInByApi } from '@tests/sign-in';

test('a 401 mid-work asks to sign in again over the same screen, then carries on', async () => {
  await signInByApi('coordinator@demo.ru');
  const { user, router, queryClient } = renderApp('/coordinator');
  expect(await screen.findByRole('heading', { name: 'Кабинет координатора' })).toBeInTheDocument();
  await screen.findAllByText(/Конкурс грантов/);

  expireAllSessions();
  // Every query on screen refetches, as on a window refocus; the first 401 opens the dialog.
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });

  const dialog = await screen.findByRole('dialog', { name: 'Сессия истекла' });
  // The page under the dialog is still there: nothing was unmounted.
  expect(screen.getByRole('heading', { name: 'Кабинет координатора', hidden: true })).toBeInTheDocument();
  expect(within(dialog).getByLabelText('Электронная почта')).toHaveValue('coordinator@demo.ru');
  await user.type(within(dialog).getByLabelText('Пароль'), 'demo');
  await user.click(within(dialog).getByRole('button', { name: 'Войти' }));

  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: 'Сессия истекла' })).not.toBeInTheDocument(),
  );
  expect(router.state.location.pathname).toBe('/coordinator');
  expect(screen.getAllByText(/Конкурс грантов/).length).toBeGreaterThan(0);
  // The paused requests were replayed after signing in: nothing on screen ended in an error.
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  const failed = queryClient
    .getQueryCache()
    .findAll({ predicate: (query) => query.state.status === 'error' });
  expect(failed).toHaveLength(0);
});
