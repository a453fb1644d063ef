import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bypass } from 'msw';
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { setDb } from '@mocks/db/database';
import { startMockHttpServer, type MockHttpServer } from '@mocks/server';
import { ApiClient } from '@tests/integration/api/api-client';

let running: MockHttpServer;

/** Past MSW's test interception, to the real socket. */
function realFetch(url: string, init?: RequestInit): Promise<Response> {
  return fetch(bypass(url, init));
}

beforeAll(async () => {
  running = await startMockHttpServer({ port: 0, host: '127.0.0.1', preset: 'demo', staticDir: null });
});

beforeEach(() => {
  // tests/setup.ts installs its own database before each test; the server must serve its own.
  setDb(running.db);
});

afterAll(async () => {
  await running.close();
});

test('signs in over real HTTP with a real Set-Cookie, then uses the cookie and the CSRF token', async () => {
  const client = new ApiClient(`${running.url}/api/v1`, { realNetwork: true });
  const state = await client.get<{ accounts: { email: string; password: string; roles: string[] }[] }>(
    '/__mock/state',
  );
  expect(state.status).toBe(200);
  const account = state.body.accounts.find((a) => a.roles.includes('expert'));
  if (account === undefined) throw new Error('the demo preset has no expert account');

  const login = await client.login(account.email, account.password);
  expect(login.status).toBe(200);
  expect(login.headers.getSetCookie()).toEqual([
    expect.stringMatching(/^ec_session=\w+; Path=\/; HttpOnly; SameSite=Lax$/),
  ]);
  expect(login.headers.get('x-request-id')).toBeTruthy();
  expect(login.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(login.headers.get('x-content-type-options')).toBe('nosniff');

  const stages = await client.get<{ items: unknown[] }>('/me/stages');
  expect(stages.status).toBe(200);
  expect(stages.body.items.length).toBeGreaterThan(0);

  const refused = await client.call('DELETE', '/session', { csrf: false });
  expect(refused.status).toBe(403);
  const out = await client.call('DELETE', '/session');
  expect(out.status).toBe(204);
  expect((await client.get('/session')).status).toBe(401);
});

test('unknown API paths get a problem+json 404; other paths a plain 404 without --static', async () => {
  const api = await realFetch(`${running.url}/api/v1/nope`);
  expect(api.status).toBe(404);
  expect(api.headers.get('content-type')).toBe('application/problem+json');

  const page = await realFetch(`${running.url}/some/page`);
  expect(page.status).toBe(404);
  expect(page.headers.get('referrer-policy')).toBe('same-origin');
});

test('CSP violation reports are accepted', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const response = await realFetch(`${running.url}/__csp-report`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/csp-report' },
    body: JSON.stringify({ 'csp-report': { 'violated-directive': 'script-src' } }),
  });
  expect(response.status).toBe(204);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('script-src'));
});

test('with --static it serves the SPA, falls back to index.html for client routes, with security headers', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ec-static-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Экспертный кабинет</title>');
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  const withStatic = await startMockHttpServer({
    port: 0,
    host: '127.0.0.1',
    preset: 'empty',
    staticDir: dir,
  });
  try {
    const route = await realFetch(`${withStatic.url}/expert/queue?page=2`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Экспертный кабинет');
    expect(route.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(route.headers.get('x-frame-options')).toBe('DENY');
    expect(route.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(route.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');

    const asset = await realFetch(`${withStatic.url}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await realFetch(`${withStatic.url}/assets/missing.js`)).status).toBe(404);

    const api = await realFetch(`${withStatic.url}/api/v1/__mock/state`);
    expect(api.headers.get('content-type')).toBe('application/json');
  } finally {
    setDb(running.db);
    await withStatic.close();
    await rm(dir, { recursive: true, force: true });
  }
});
