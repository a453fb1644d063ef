import { expect, test } from 'vitest';
import type { QueuePage } from '@/api/schemas/expert-cabinet';
import { ApiClient, useMockApi } from '@tests/integration/api/api-client';
import { BORIS_COMMENT, buildFixture, fullMarks, PASSWORD, users } from '@tests/integration/api/fixture';

const api = useMockApi(buildFixture);

async function signIn(user: { email: string }): Promise<ApiClient> {
  const client = new ApiClient();
  const result = await client.login(user.email, PASSWORD);
  expect(result.status).toBe(200);
  return client;
}

test("another expert's assignment does not exist for you: every route answers 404", async () => {
  const anna = await signIn(users.anna);
  // asg-6 is Boris's, with a draft sheet.
  const attempts = [
    await anna.get('/assignments/asg-6'),
    await anna.get('/assignments/asg-6/sheet'),
    await anna.get('/assignments/asg-6/panel'),
    await anna.call('PUT', '/assignments/asg-6/sheet', { body: fullMarks(), headers: { 'If-Match': '"2"' } }),
    await anna.call('POST', '/assignments/asg-6/sheet/submit', {
      body: fullMarks(),
      headers: { 'If-Match': '"2"', 'Idempotency-Key': crypto.randomUUID() },
    }),
    await anna.call('POST', '/assignments/asg-6/recusal', { body: { reason: 'personal', text: '' } }),
  ];

  for (const result of attempts) {
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ code: 'notFound' });
  }
  // Boris's sheet is untouched.
  expect(api.db().get('sheets', 'sheet-boris-1')?.version).toBe(2);
  expect(api.db().get('assignments', 'asg-6')?.status).toBe('draft');
});

test('the queue lists only the caller’s own assignments, whatever the filters say', async () => {
  const anna = await signIn(users.anna);

  const all = await anna.get<QueuePage>('/me/assignments', { query: { pageSize: 500 } });
  expect(all.status).toBe(200);
  expect(all.body.total).toBe(5);
  expect(all.body.items.every((item) => item.assignment.expertId === users.anna.id)).toBe(true);

  // Filtering by an application Anna shares with Boris still shows only Anna's assignment.
  const shared = await anna.get<QueuePage>('/me/assignments', { query: { q: '1001' } });
  expect(shared.body.items.map((i) => i.assignment.id)).toEqual(['asg-1']);
  // Boris's only-his application does not appear at all.
  const his = await anna.get<QueuePage>('/me/assignments', { query: { q: '1006' } });
  expect(his.body.total).toBe(0);
});

test('no expert payload carries another expert’s id, name, sheet or comments', async () => {
  // A personal extension for Boris must not tell Anna that Boris is on the stage.
  api.db().update('stages', 'stage-1', {
    extensions: [
      {
        id: 'ext-b',
        stageId: 'stage-1',
        expertId: users.boris.id,
        until: new Date(Date.now() + 9e8).toISOString(),
        reason: 'Отпуск',
        createdAt: new Date().toISOString(),
      },
    ],
  });
  const anna = await signIn(users.anna);
  const payloads: string[] = [];
  const read = async (path: string, query?: Record<string, string | number>) => {
    const result = await anna.get(path, query === undefined ? undefined : { query });
    payloads.push(result.text);
    return result;
  };

  await read('/session');
  await read('/me/stages');
  const queue = await read('/me/assignments', { pageSize: 500 });
  for (const item of (queue.body as QueuePage).items) {
    await read(`/assignments/${item.assignment.id}`);
    await read(`/assignments/${item.assignment.id}/sheet`);
    await read(`/assignments/${item.assignment.id}/panel`);
  }
  await read('/me/calibration', { stageId: 'stage-1' });

  const everything = payloads.join('\n');
  for (const other of [users.boris, users.vera, users.olga]) {
    expect(everything).not.toContain(`"${other.id}"`);
    expect(everything).not.toContain(other.fullName);
    expect(everything).not.toContain(other.email);
  }
  expect(everything).not.toContain('sheet-boris-1');
  expect(everything).not.toContain(BORIS_COMMENT);
});

test('the panel opens only after the caller’s own submission, anonymised and without comments', async () => {
  const anna = await signIn(users.anna);
  const boris = await signIn(users.boris);

  const before = await anna.get('/assignments/asg-1/panel');
  expect(before.status).toBe(403);
  expect(before.body).toMatchObject({ code: 'blindReview' });

  // Boris submits his sheet on application 1001 (he shares it with Anna).
  const borisSubmit = await boris.call('POST', '/assignments/asg-6/sheet/submit', {
    body: { ...fullMarks(), comments: {}, overallComment: BORIS_COMMENT },
    headers: { 'If-Match': '"2"', 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(borisSubmit.status).toBe(200);

  // Anna still cannot see it before her own submission.
  expect((await anna.get('/assignments/asg-1/panel')).status).toBe(403);

  const mine = await anna.call('POST', '/assignments/asg-1/sheet/submit', {
    body: fullMarks(),
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(mine.status).toBe(200);

  const panel = await anna.get<{ sheets: { label: string; total: number | null }[] }>(
    '/assignments/asg-1/panel',
  );
  expect(panel.status).toBe(200);
  expect(panel.body.sheets.map((s) => [s.label, s.total])).toEqual([['Эксперт A', 30]]);
  expect(panel.text).not.toContain(BORIS_COMMENT);
  expect(panel.text).not.toContain(users.boris.id);
  expect(panel.text).not.toContain(users.boris.fullName);
});

test('when the contest keeps the panel hidden, it stays hidden after submission', async () => {
  const contest = api.db().get('contests', 'contest-1');
  if (contest === undefined) throw new Error('fixture contest missing');
  api.db().update('contests', contest.id, {
    settings: { ...contest.settings, blindReview: { revealAfterSubmission: false } },
  });
  const anna = await signIn(users.anna);
  await anna.call('POST', '/assignments/asg-1/sheet/submit', {
    body: fullMarks(),
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });

  const panel = await anna.get('/assignments/asg-1/panel');
  expect(panel.status).toBe(403);
  expect(panel.body).toMatchObject({ code: 'blindReview' });
});

test('calibration compares own submitted totals with the rest of the stage, as aggregates only', async () => {
  const anna = await signIn(users.anna);
  const boris = await signIn(users.boris);
  await boris.call('POST', '/assignments/asg-7/sheet/submit', {
    body: { ...fullMarks(), scores: { 'cr-relevance': 10, 'cr-feasibility': 10, 'cr-budget': 10 } },
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  await anna.call('POST', '/assignments/asg-2/sheet/submit', {
    body: fullMarks(),
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });

  const result = await anna.get<{ own: { count: number; histogram: number[] }; panel: { count: number } }>(
    '/me/calibration',
    { query: { stageId: 'stage-1' } },
  );
  expect(result.status).toBe(200);
  expect(result.body.own.count).toBe(1);
  expect(result.body.own.histogram[9]).toBe(1);
  expect(result.body.panel.count).toBe(1);

  // A stage the caller has no work in is not theirs to look at.
  expect((await anna.get('/me/calibration', { query: { stageId: 'stage-x' } })).status).toBe(404);
});
