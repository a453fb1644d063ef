import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { changeLocale } from '@/i18n/i18n';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

afterEach(async () => {
  await changeLocale('ru', { persist: false });
});

test('switching to English translates the shell and the cabinet, and back', async () => {
  await signInByApi('expert@demo.ru');
  const { user } = renderApp('/expert/queue');
  expect(
    await screen.findByRole('heading', { name: 'Очередь заявок' }, { timeout: 5000 }),
  ).toBeInTheDocument();

  const languages = screen.getByRole('group', { name: 'Язык интерфейса' });
  await user.click(within(languages).getByRole('button', { name: /EN/ }));
  expect(await screen.findByRole('heading', { name: 'Application queue' })).toBeInTheDocument();
  expect(screen.getByRole('group', { name: 'Interface language' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('en');
  expect(localStorage.getItem('ec.locale')).toBe('en');

  await user.click(
    within(screen.getByRole('group', { name: 'Interface language' })).getByRole('button', { name: /RU/ }),
  );
  expect(await screen.findByRole('heading', { name: 'Очередь заявок' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('ru');
});
