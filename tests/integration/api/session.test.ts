import { expect, test } from 'vitest';
import type { Problem } from '@/api/schemas/common';
import { ApiClient, useMockApi } from '@tests/integration/api/api-client';
import { buildFixture, PASSWORD, users } from '@tests/integration/api/fixture';

const api = useMockApi(buildFixture);

test('signing in sets an HttpOnly session cookie and returns the user with a CSRF token', async () => {
  const client = new ApiClient();
  const result = await client.login(users.anna.email, PASSWORD);

  expect(result.status).toBe(200);
  expect(result.body.user.id).toBe(users.anna.id);
  expect(result.body.csrfToken).toMatch(/^\w{32,}$/);
  const cookie = result.headers.getSetCookie().find((c) => c.startsWith('ec_session='));
  expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
  expect(result.headers.get('x-request-id')).toBeTruthy();

  const session = await client.get<{ user: { email: string } }>('/session');
  expect(session.status).toBe(200);
  expect(session.body.user.email).toBe(users.anna.email);
});

test('a wrong password and an unknown e-mail get the same 401', async () => {
  const wrong = await new ApiClient().login(users.anna.email, 'nope');
  const unknown = await new ApiClient().login('nobody@example.org', PASSWORD);

  for (const result of [wrong, unknown]) {
    expect(result.status).toBe(401);
    expect(result.headers.get('content-type')).toBe('application/problem+json');
    expect(result.body).toMatchObject({ code: 'invalidCredentials', status: 401 });
  }
});

test('without a session the API answers 401 unauthenticated', async () => {
  const result = await new ApiClient().get('/me/stages');

  expect(result.status).toBe(401);
  expect(result.body).toMatchObject({ code: 'unauthenticated', title: 'Требуется вход' });
});

test('signing out deletes the session server-side and clears the cookie', async () => {
  const client = new ApiClient();
  await client.login(users.anna.email, PASSWORD);
  const token = client.cookies.get('ec_session') ?? '';

  const out = await client.call('DELETE', '/session');
  expect(out.status).toBe(204);
  expect(client.cookies.has('ec_session')).toBe(false);
  expect(api.db().get('sessions', token)).toBeUndefined();

  // The old cookie is worthless even if someone kept it.
  const replay = new ApiClient();
  replay.cookies.set('ec_session', token);
  expect((await replay.get('/session')).status).toBe(401);
});

test('an expired session is refused', async () => {
  const client = new ApiClient();
  await client.login(users.anna.email, PASSWORD);
  const token = client.cookies.get('ec_session') ?? '';
  api.db().update('sessions', token, { expiresAt: new Date(Date.now() - 1000).toISOString() });

  expect((await client.get('/session')).status).toBe(401);
});

test('a state-changing request without the CSRF header is refused with 403 csrf', async () => {
  const client = new ApiClient();
  await client.login(users.anna.email, PASSWORD);

  const missing = await client.call('DELETE', '/session', { csrf: false });
  expect(missing.status).toBe(403);
  expect(missing.body).toMatchObject({ code: 'csrf' });

  const wrong = await client.call('DELETE', '/session', {
    csrf: false,
    headers: { 'X-CSRF-Token': 'forged' },
  });
  expect(wrong.status).toBe(403);

  // Still signed in: the refused request changed nothing.
  expect((await client.get('/session')).status).toBe(200);
});

test('a role the endpoint does not allow gets 403 forbidden', async () => {
  const client = new ApiClient();
  await client.login(users.olga.email, PASSWORD);

  const result = await client.get('/me/stages');
  expect(result.status).toBe(403);
  expect(result.body).toMatchObject({ code: 'forbidden' });
});

test('an unknown API path is a 404 problem, not a network error', async () => {
  const result = await new ApiClient().get('/no-such-thing');

  expect(result.status).toBe(404);
  expect(result.body).toMatchObject({ code: 'notFound' });
});

test('an invalid body is a 422 with field errors in Russian', async () => {
  const result = await new ApiClient().call<Problem>('POST', '/session', { body: { email: 'not-an-email' } });

  expect(result.status).toBe(422);
  expect(result.body.code).toBe('validation');
  expect(result.body.errors?.map((e) => [e.field, e.code, e.message])).toEqual([
    ['email', 'invalidFormat', 'Неверный формат'],
    ['password', 'required', 'Обязательное поле'],
  ]);
});
