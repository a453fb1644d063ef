import { expect, test, vi } from 'vitest';
import { endpoints } from '@/api/endpoints';
import { json, route } from '@mocks/handlers/support';
import { server } from '@mocks/node';
import { ApiClient, useMockApi } from '@tests/integration/api/api-client';
import { buildFixture } from '@tests/integration/api/fixture';

useMockApi(buildFixture);

test('a response that breaks the contract fails loudly instead of reaching the client', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  server.use(
    route(endpoints.getMockState, (ctx) =>
      // Deliberately wrong: the contract check must catch it.
      json(ctx, 200, { preset: 'demo' } as unknown as Parameters<
        typeof json<typeof endpoints.getMockState, 200>
      >[2]),
    ),
  );

  const outcome = await new ApiClient().get('/__mock/state').then(
    (result) => result.status,
    () => 'network error',
  );

  // MSW turns the thrown ContractViolation into a 500 and logs it.
  expect(outcome).toBe(500);
  expect(error).toHaveBeenCalled();
  expect(String(error.mock.calls.flat().join(' '))).toMatch(/getMockState/);
});

test('an undeclared status is a contract violation too', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  server.use(route(endpoints.getMockState, (ctx) => json(ctx, 201, {})));

  const outcome = await new ApiClient().get('/__mock/state').then(
    (result) => result.status,
    () => 'network error',
  );

  expect(outcome).toBe(500);
  expect(error).toHaveBeenCalled();
});
