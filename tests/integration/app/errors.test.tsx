import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '@mocks/node';
import { allowConsoleError } from '@tests/console-guard';
import { renderApp } from '@tests/render-app';
import { signInByApi } from '@tests/sign-in';

test('a server failure shows our explanation and the request ID, never the server body', async () => {
  await signInByApi('organizer@demo.ru');
  allowConsoleError(/ApiError|error boundary/);
  server.use(
    http.get('*/api/v1/contests', () =>
      HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Internal',
          status: 500,
          detail: 'NullPointerException at db.query(SELECT * FROM secrets)',
          requestId: 'req-test-500',
        },
        {
          status: 500,
          headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-test-500' },
        },
      ),
    ),
  );
  renderApp('/organizer');
  expect(await screen.findByRole('heading', { name: 'Что-то пошло не так' })).toBeInTheDocument();
  expect(screen.getByText('Сервер не смог обработать запрос. Мы уже знаем о проблеме.')).toBeInTheDocument();
  expect(screen.getByText('Код запроса для поддержки: req-test-500')).toBeInTheDocument();
  expect(document.body).not.toHaveTextContent(/NullPointerException|SELECT/);
});

test('a lost network reads as a connection problem with a way to retry', async () => {
  await signInByApi('coordinator@demo.ru');
  allowConsoleError(/ApiError|error boundary/);
  server.use(http.get('*/api/v1/contests', () => HttpResponse.error()));
  renderApp('/coordinator');
  expect(
    await screen.findByText('Нет связи с сервером. Проверьте подключение к интернету.'),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Повторить' })).toBeInTheDocument();
});
