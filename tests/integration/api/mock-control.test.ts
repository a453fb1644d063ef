import { expect, test } from 'vitest';
import { ApiClient, useMockApi } from '@tests/integration/api/api-client';
import { buildFixture, PASSWORD, users } from '@tests/integration/api/fixture';

const api = useMockApi(buildFixture);

test('the mock state lists the demo accounts and the clock, without a session', async () => {
  const result = await new ApiClient().get<{
    accounts: { email: string; password: string }[];
    clock: { offsetMs: number };
  }>('/__mock/state');

  expect(result.status).toBe(200);
  expect(result.body.accounts).toContainEqual(
    expect.objectContaining({ email: users.anna.email, password: PASSWORD }),
  );
  expect(result.body.clock.offsetMs).toBe(0);
});

test('offline makes API requests fail like a dead network, but the mock controls keep working', async () => {
  const client = new ApiClient();
  const on = await client.call('PUT', '/__mock/settings', {
    body: { latencyMs: 0, failureRate: 0, offline: true },
  });
  expect(on.status).toBe(200);

  await expect(client.login(users.anna.email, PASSWORD)).rejects.toThrow();
  expect((await client.get('/__mock/state')).status).toBe(200);

  await client.call('PUT', '/__mock/settings', { body: { latencyMs: 0, failureRate: 0, offline: false } });
  expect((await client.login(users.anna.email, PASSWORD)).status).toBe(200);
});

test('a failure rate of 1 fails every API request with a 500 problem', async () => {
  const client = new ApiClient();
  await client.call('PUT', '/__mock/settings', { body: { latencyMs: 0, failureRate: 1, offline: false } });

  const result = await client.login(users.anna.email, PASSWORD);
  expect(result.status).toBe(500);
  expect(result.body).toMatchObject({ code: 'internal' });
  expect(api.db().all('sessions')).toHaveLength(0);
});

test('latency delays API responses', async () => {
  const client = new ApiClient();
  await client.call('PUT', '/__mock/settings', { body: { latencyMs: 150, failureRate: 0, offline: false } });

  const started = performance.now();
  await client.login(users.anna.email, PASSWORD);
  expect(performance.now() - started).toBeGreaterThanOrEqual(140);
});

test('settings outside their range are refused', async () => {
  const result = await new ApiClient().call('PUT', '/__mock/settings', {
    body: { latencyMs: -1, failureRate: 2, offline: 'yes' },
  });
  expect(result.status).toBe(422);
});

test('the clock moves the mock’s now; reminders sent are recorded', async () => {
  const client = new ApiClient();
  const day = 24 * 60 * 60 * 1000;
  const result = await client.call<{ offsetMs: number; now: string }>('POST', '/__mock/clock', {
    body: { offsetMs: day },
  });

  expect(result.body.offsetMs).toBe(day);
  expect(Date.parse(result.body.now) - Date.now()).toBeGreaterThan(day - 5000);
  expect(api.db().now().getTime() - Date.now()).toBeGreaterThan(day - 5000);

  api.db().insert('reminders', {
    id: 'rem-1',
    at: new Date().toISOString(),
    stageId: 'stage-1',
    expertIds: [users.anna.id],
    sentBy: users.olga.id,
  });
  const reminders = await client.get<{ items: { stageId: string; expertIds: string[] }[] }>(
    '/__mock/reminders',
  );
  expect(reminders.body.items).toEqual([
    expect.objectContaining({ stageId: 'stage-1', expertIds: [users.anna.id] }),
  ]);
});
