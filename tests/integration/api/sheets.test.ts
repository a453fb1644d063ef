import { expect, test } from 'vitest';
import type { Problem } from '@/api/schemas/common';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { Sheet } from '@/api/schemas/sheets';
import { ApiClient, useMockApi } from '@tests/integration/api/api-client';
import { buildFixture, fullMarks, PASSWORD, users } from '@tests/integration/api/fixture';

const api = useMockApi(buildFixture);

async function signIn(user: { email: string }): Promise<ApiClient> {
  const client = new ApiClient();
  await client.login(user.email, PASSWORD);
  return client;
}

const draft = (relevance: number | null) => ({
  scores: { 'cr-relevance': relevance, 'cr-feasibility': null, 'cr-budget': null },
  comments: {},
  recommendation: null,
  overallComment: '',
});

/** Either a sheet or a problem, depending on the status the test expects. */
type SubmitAnswer = Sheet & Pick<Partial<Problem>, 'code' | 'errors'>;

function submit(
  client: ApiClient,
  assignmentId: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return client.call<SubmitAnswer>('POST', `/assignments/${assignmentId}/sheet/submit`, {
    body,
    headers: { 'Idempotency-Key': crypto.randomUUID(), ...headers },
  });
}

test('the first save creates a draft without If-Match; later saves need the current version', async () => {
  const anna = await signIn(users.anna);
  expect((await anna.get('/assignments/asg-1/sheet')).status).toBe(404);

  const first = await anna.call<Sheet>('PUT', '/assignments/asg-1/sheet', { body: draft(5) });
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({
    status: 'draft',
    version: 1,
    criteriaVersion: 1,
    total: null,
    maxTotal: 30,
  });
  expect(first.headers.get('etag')).toBe('"1"');
  expect(api.db().get('assignments', 'asg-1')?.status).toBe('draft');

  const noVersion = await anna.call('PUT', '/assignments/asg-1/sheet', { body: draft(6) });
  expect(noVersion.status).toBe(428);
  expect(noVersion.body).toMatchObject({ code: 'preconditionRequired' });

  const second = await anna.call<Sheet>('PUT', '/assignments/asg-1/sheet', {
    body: draft(6),
    headers: { 'If-Match': '"1"' },
  });
  expect(second.status).toBe(200);
  expect(second.headers.get('etag')).toBe('"2"');

  const read = await anna.get<Sheet>('/assignments/asg-1/sheet');
  expect(read.headers.get('etag')).toBe('"2"');
  expect(read.body.scores['cr-relevance']).toBe(6);
});

test('a save on a stale version gets 412 with the current copy, and changes nothing', async () => {
  const anna = await signIn(users.anna);
  await anna.call('PUT', '/assignments/asg-1/sheet', { body: draft(5) });
  await anna.call('PUT', '/assignments/asg-1/sheet', { body: draft(8), headers: { 'If-Match': '"1"' } });

  // A second tab still holding version 1.
  const stale = await anna.call<Problem & { current: Sheet }>('PUT', '/assignments/asg-1/sheet', {
    body: draft(2),
    headers: { 'If-Match': '"1"' },
  });
  expect(stale.status).toBe(412);
  expect(stale.body.code).toBe('preconditionFailed');
  expect(stale.body.title).toBe('Версия устарела');
  expect(stale.body.current).toMatchObject({ version: 2, scores: { 'cr-relevance': 8 } });
  expect(api.db().sheetByAssignment('asg-1')?.scores['cr-relevance']).toBe(8);
});

test('submitting twice with the same Idempotency-Key submits once and replays the same answer', async () => {
  const anna = await signIn(users.anna);
  const key = crypto.randomUUID();
  const body = fullMarks();

  const first = await submit(anna, 'asg-1', body, { 'Idempotency-Key': key });
  const retry = await submit(anna, 'asg-1', body, { 'Idempotency-Key': key });

  expect(first.status).toBe(200);
  expect(retry.status).toBe(200);
  expect(retry.body).toEqual(first.body);
  expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
  expect(
    api
      .db()
      .all('sheets')
      .filter((s) => s.assignmentId === 'asg-1'),
  ).toHaveLength(1);
  const submissions = api
    .db()
    .all('sheetHistory')
    .filter((h) => h.sheetId === first.body.id && h.action === 'submitted');
  expect(submissions).toHaveLength(1);

  // The same key with different content is refused instead of silently replaying.
  const other = await submit(
    anna,
    'asg-1',
    { ...body, overallComment: 'другое' },
    { 'Idempotency-Key': key },
  );
  expect(other.status).toBe(422);
  expect(other.body.code).toBe('idempotencyMismatch');

  // A new key on a submitted sheet is a 409, not a second submission.
  const again = await submit(anna, 'asg-1', body, { 'If-Match': '"1"' });
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('submitted');
});

test('after the deadline a draft still saves but cannot be submitted; an extension reopens it', async () => {
  const anna = await signIn(users.anna);
  await anna.call('PUT', '/assignments/asg-1/sheet', { body: draft(5) });
  const clock = await anna.call('POST', '/__mock/clock', { body: { offsetMs: 8 * 24 * 60 * 60 * 1000 } });
  expect(clock.status).toBe(200);

  const saved = await anna.call('PUT', '/assignments/asg-1/sheet', {
    body: draft(6),
    headers: { 'If-Match': '"1"' },
  });
  expect(saved.status).toBe(200);

  const context = await anna.get<EvaluationContext>('/assignments/asg-1');
  expect(context.body).toMatchObject({ canSubmit: false, blockedReason: 'deadlinePassed' });

  const late = await submit(anna, 'asg-1', fullMarks(), { 'If-Match': '"2"' });
  expect(late.status).toBe(409);
  expect(late.body.code).toBe('deadlinePassed');

  // The organizer extends the stage for Anna only.
  const stage = api.db().get('stages', 'stage-1');
  if (stage === undefined) throw new Error('fixture stage missing');
  api.db().update('stages', stage.id, {
    extensions: [
      {
        id: 'ext-1',
        stageId: stage.id,
        expertId: users.anna.id,
        until: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(),
        reason: 'Болезнь',
        createdAt: new Date().toISOString(),
      },
    ],
  });
  const reopened = await anna.get<EvaluationContext>('/assignments/asg-1');
  expect(reopened.body).toMatchObject({ canSubmit: true, blockedReason: null });
  expect(reopened.body.dueAt).toBe(reopened.body.assignment.dueAt);

  const onTime = await submit(anna, 'asg-1', fullMarks(), { 'If-Match': '"2"' });
  expect(onTime.status).toBe(200);
  expect(onTime.body.status).toBe('submitted');

  // Boris has no extension: still closed for him.
  const boris = await signIn(users.boris);
  const borisLate = await submit(boris, 'asg-6', fullMarks(), { 'If-Match': '"2"' });
  expect(borisLate.body.code).toBe('deadlinePassed');
});

test('submitting with a missing score and a missing justification gives field errors', async () => {
  const anna = await signIn(users.anna);
  const result = await submit(anna, 'asg-1', {
    scores: { 'cr-relevance': 10, 'cr-feasibility': 4, 'cr-budget': null },
    comments: {},
    recommendation: null,
    overallComment: '',
  });

  expect(result.status).toBe(422);
  expect(result.body.code).toBe('validation');
  expect(result.body.errors).toEqual([
    { field: 'comments.cr-feasibility', code: 'commentRequired', message: 'Обоснуйте оценку комментарием' },
    { field: 'scores.cr-budget', code: 'required', message: 'Поставьте балл' },
    { field: 'recommendation', code: 'required', message: 'Выберите рекомендацию' },
  ]);
  expect(api.db().sheetByAssignment('asg-1')).toBeUndefined();

  const tooShort = await submit(anna, 'asg-1', {
    ...fullMarks(),
    scores: { 'cr-relevance': 10, 'cr-feasibility': 4, 'cr-budget': 10 },
    comments: { 'cr-feasibility': 'мало' },
  });
  expect(tooShort.body.errors).toEqual([
    expect.objectContaining({
      field: 'comments.cr-feasibility',
      code: 'commentTooShort',
      params: { min: 10, actual: 4 },
    }),
  ]);
});

test('drafts reject only impossible values', async () => {
  const anna = await signIn(users.anna);
  const result = await anna.call<Problem>('PUT', '/assignments/asg-1/sheet', {
    body: { ...draft(11), scores: { 'cr-relevance': 11, 'cr-unknown': 3 } },
  });

  expect(result.status).toBe(422);
  expect(result.body.errors?.map((e) => [e.field, e.code])).toEqual([
    ['scores.cr-relevance', 'outOfRange'],
    ['scores.cr-unknown', 'unknownCriterion'],
  ]);
});

test('the first submission freezes the stage’s criteria structure', async () => {
  const anna = await signIn(users.anna);
  expect(api.db().get('stages', 'stage-1')?.structureFrozen).toBe(false);
  expect(api.db().get('criteriaSets', 'cs-1')?.frozen).toBe(false);

  const result = await submit(anna, 'asg-1', fullMarks());
  expect(result.status).toBe(200);
  expect(result.body.criteriaVersion).toBe(1);

  expect(api.db().get('stages', 'stage-1')?.structureFrozen).toBe(true);
  expect(api.db().get('criteriaSets', 'cs-1')?.frozen).toBe(true);
  const context = await anna.get<EvaluationContext>('/assignments/asg-2');
  expect(context.body.criteriaSet.frozen).toBe(true);
  const frozenEvents = api
    .db()
    .all('auditEvents')
    .filter((e) => e.action === 'frozen' || e.action === 'structureFrozen');
  expect(frozenEvents.map((e) => e.objectType).sort()).toEqual(['criteriaSet', 'stage']);
});

test('a returned sheet goes back to draft on edit and can be submitted again', async () => {
  const anna = await signIn(users.anna);
  const submitted = await submit(anna, 'asg-1', fullMarks());
  expect(submitted.status).toBe(200);
  const sheetId = submitted.body.id;

  // A coordinator returns it (done here on the database; the coordinator route has its own tests).
  api.db().update('sheets', sheetId, { status: 'returned', version: submitted.body.version + 1 });
  api.db().update('assignments', 'asg-1', { status: 'returned', returnReason: 'Обоснуйте бюджет' });

  const context = await anna.get<EvaluationContext>('/assignments/asg-1');
  expect(context.body.assignment).toMatchObject({ status: 'returned', returnReason: 'Обоснуйте бюджет' });

  const edited = await anna.call<Sheet>('PUT', '/assignments/asg-1/sheet', {
    body: { ...fullMarks(), overallComment: 'Доработано' },
    headers: { 'If-Match': `"${submitted.body.version + 1}"` },
  });
  expect(edited.status).toBe(200);
  expect(edited.body.status).toBe('draft');
  expect(api.db().get('assignments', 'asg-1')?.status).toBe('draft');

  const resubmitted = await submit(
    anna,
    'asg-1',
    { ...fullMarks(), overallComment: 'Доработано' },
    {
      'If-Match': `"${edited.body.version}"`,
    },
  );
  expect(resubmitted.status).toBe(200);
  expect(api.db().get('assignments', 'asg-1')).toMatchObject({ status: 'submitted', returnReason: null });
});

test('a submitted sheet cannot be saved over', async () => {
  const anna = await signIn(users.anna);
  const submitted = await submit(anna, 'asg-1', fullMarks());

  const result = await anna.call<Problem>('PUT', '/assignments/asg-1/sheet', {
    body: draft(1),
    headers: { 'If-Match': `"${submitted.body.version}"` },
  });
  expect(result.status).toBe(409);
  expect(result.body.code).toBe('submitted');
});

test('every change writes sheet history and an audit event', async () => {
  const anna = await signIn(users.anna);
  await anna.call('PUT', '/assignments/asg-1/sheet', { body: draft(5) });
  const submitted = await submit(anna, 'asg-1', fullMarks(), { 'If-Match': '"1"' });

  const history = api.db().group('sheetHistory', 'bySheet', submitted.body.id);
  expect(history.map((h) => [h.version, h.action, h.status])).toEqual([
    [1, 'created', 'draft'],
    [2, 'submitted', 'submitted'],
  ]);
  expect(history[0]?.actor).toEqual({ id: users.anna.id, name: users.anna.fullName });

  const sheetEvents = api
    .db()
    .all('auditEvents')
    .filter((e) => e.objectType === 'sheet');
  expect(sheetEvents.map((e) => e.action)).toEqual(['created', 'submitted']);
  expect(sheetEvents[1]?.before).toMatchObject({ status: 'draft', version: 1 });
  expect(sheetEvents[1]?.after).toMatchObject({ status: 'submitted', version: 2 });
});

test('recusal takes the application out of the active queue and is audited as a conflict', async () => {
  const anna = await signIn(users.anna);

  const missingText = await anna.call<Problem>('POST', '/assignments/asg-3/recusal', {
    body: { reason: 'other', text: '' },
  });
  expect(missingText.status).toBe(422);
  expect(missingText.body.errors?.[0]?.field).toBe('text');

  const result = await anna.call('POST', '/assignments/asg-3/recusal', {
    body: { reason: 'affiliation', text: 'Работала в этой организации в 2023 году' },
  });
  expect(result.status).toBe(200);
  expect(result.body).toMatchObject({ status: 'recused', recusal: { reason: 'affiliation' } });

  const queue = await anna.get<{ items: { assignment: { id: string } }[]; total: number }>('/me/assignments');
  expect(queue.body.items.map((i) => i.assignment.id)).not.toContain('asg-3');
  expect(queue.body.total).toBe(4);
  const recused = await anna.get<{ total: number }>('/me/assignments', { query: { status: 'recused' } });
  expect(recused.body.total).toBe(1);

  const event = api
    .db()
    .all('auditEvents')
    .find((e) => e.objectType === 'conflict');
  expect(event).toMatchObject({ objectId: 'asg-3', action: 'recused', actor: { id: users.anna.id } });

  const save = await anna.call('PUT', '/assignments/asg-3/sheet', { body: draft(5) });
  expect(save.status).toBe(409);
});
