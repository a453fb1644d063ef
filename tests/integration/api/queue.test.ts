import { expect, test } from 'vitest';
import type { MyStageList, QueuePage } from '@/api/schemas/expert-cabinet';
import { ApiClient, useMockApi } from '@tests/integration/api/api-client';
import { buildFixture, fullMarks, PASSWORD, users } from '@tests/integration/api/fixture';

useMockApi(buildFixture);

async function annaClient(): Promise<ApiClient> {
  const client = new ApiClient();
  await client.login(users.anna.email, PASSWORD);
  return client;
}

const ids = (page: QueuePage) => page.items.map((i) => i.application.id);

test('my stages list the caller’s progress by status with the due date', async () => {
  const anna = await annaClient();
  await anna.call('PUT', '/assignments/asg-2/sheet', { body: { ...fullMarks(), recommendation: null } });

  const result = await anna.get<MyStageList>('/me/stages');
  expect(result.status).toBe(200);
  expect(result.body.items).toHaveLength(1);
  expect(result.body.items[0]).toMatchObject({
    contest: { id: 'contest-1', kind: 'prize' },
    stage: { id: 'stage-1' },
    counts: { assigned: 5, new: 4, draft: 1, submitted: 0, returned: 0, recused: 0 },
  });
});

test('the queue paginates on the server', async () => {
  const anna = await annaClient();

  const first = await anna.get<QueuePage>('/me/assignments', {
    query: { pageSize: 2, page: 1, sort: 'applicationId' },
  });
  const third = await anna.get<QueuePage>('/me/assignments', {
    query: { pageSize: 2, page: 3, sort: 'applicationId' },
  });

  expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 5 });
  expect(ids(first.body)).toEqual(['1001', '1002']);
  expect(ids(third.body)).toEqual(['1005']);
});

test('the queue sorts by a field, descending with a minus', async () => {
  const anna = await annaClient();

  const desc = await anna.get<QueuePage>('/me/assignments', { query: { sort: '-applicationId' } });
  expect(ids(desc.body)).toEqual(['1005', '1004', '1003', '1002', '1001']);

  await anna.call('PUT', '/assignments/asg-4/sheet', { body: { ...fullMarks(), recommendation: null } });
  const byStatus = await anna.get<QueuePage>('/me/assignments', { query: { sort: 'status' } });
  expect(byStatus.body.items.at(-1)?.application.id).toBe('1004');

  const unknown = await anna.get('/me/assignments', { query: { sort: 'password' } });
  expect(unknown.status).toBe(422);
});

test('the queue filters by status and nomination and searches ID, title and organisation', async () => {
  const anna = await annaClient();
  await anna.call('PUT', '/assignments/asg-4/sheet', { body: { ...fullMarks(), recommendation: null } });

  const drafts = await anna.get<QueuePage>('/me/assignments', { query: { status: 'draft' } });
  expect(ids(drafts.body)).toEqual(['1004']);
  expect(drafts.body.items[0]?.total).toBe(30);
  expect(drafts.body.items[0]?.maxTotal).toBe(30);

  const nomination = await anna.get<QueuePage>('/me/assignments', { query: { nominationId: 'nom-2' } });
  expect(ids(nomination.body)).toEqual(['1005']);
  expect(nomination.body.items[0]?.application.nominationTitle).toBe('Старшее поколение');

  const byTitle = await anna.get<QueuePage>('/me/assignments', { query: { q: 'ТЕАТР' } });
  expect(ids(byTitle.body)).toEqual(['1004']);
  const byOrganisation = await anna.get<QueuePage>('/me/assignments', { query: { q: 'Проект 2' } });
  expect(ids(byOrganisation.body)).toEqual(['1002']);
  const byId = await anna.get<QueuePage>('/me/assignments', { query: { q: '1003' } });
  expect(ids(byId.body)).toEqual(['1003']);
});
