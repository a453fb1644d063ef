import { act, cleanup, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { SheetContent } from '@/api/schemas/sheets';
import { settleDraftEngines } from '@/features/evaluation/draft/engine-registry';
import { clearAllDrafts } from '@/features/evaluation/draft/local-store';
import type { SheetDraft } from '@/features/evaluation/draft/types';
import { evaluationQueryOptions } from '@/features/evaluation/queries';
import { getDb } from '@mocks/db/database';
import { server } from '@mocks/node';
import {
  completeContent,
  criterion,
  FAST,
  historyOf,
  localCopy,
  newAssignmentId,
  realResponse,
  recordRequests,
  renderDraft,
  serverSheet,
  signInAsExpert,
  submitUrl,
} from './draft-harness';

let stopRecording: (() => void) | null = null;

function recordSubmits() {
  const recording = recordRequests();
  stopRecording = recording.stop;
  return () => recording.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/sheet/submit'));
}

beforeEach(async () => {
  await signInAsExpert();
});

afterEach(async () => {
  cleanup();
  await settleDraftEngines();
  stopRecording?.();
  stopRecording = null;
  await clearAllDrafts();
});

/** Types a whole sheet the way the form does, field by field. */
function fill(draft: SheetDraft, content: SheetContent): void {
  act(() => {
    for (const [id, score] of Object.entries(content.scores)) draft.setScore(id, score);
    for (const [id, text] of Object.entries(content.comments)) draft.setComment(id, text);
    draft.setRecommendation(content.recommendation);
    draft.setOverallComment(content.overallComment);
  });
}

test('submit sends the unsaved edits, submits once, and the page shows the submitted sheet', async () => {
  const id = newAssignmentId();
  const submits = recordSubmits();
  const { result, context, queryClient } = await renderDraft(id);
  const content = completeContent(context);

  // Submitted straight after typing, before the pause would have saved anything.
  fill(result.current, content);
  const outcome = await act(() => result.current.submit());

  expect(outcome.kind).toBe('submitted');
  expect(submits()).toHaveLength(1);
  expect(submits()[0]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  expect(serverSheet(id)).toMatchObject({ status: 'submitted', scores: content.scores });
  expect(historyOf(id).filter((h) => h.action === 'submitted')).toHaveLength(1);
  expect(result.current.editable).toBe(false);
  expect(queryClient.getQueryData(evaluationQueryOptions(id).queryKey)).toMatchObject({
    assignment: { status: 'submitted' },
    sheet: { status: 'submitted' },
    canSubmit: false,
    blockedReason: 'submitted',
  });
  await waitFor(async () => expect(await localCopy(context)).toBeNull());
});

test('an answer lost on the way back is retried with the same key and the server replays it', async () => {
  const id = newAssignmentId();
  let attempts = 0;
  const replayed: (string | null)[] = [];
  server.use(
    http.post(submitUrl(id), async ({ request }) => {
      attempts += 1;
      const response = await realResponse(request);
      replayed.push(response.headers.get('Idempotent-Replayed'));
      // The server processed the first submit; the connection dropped before the answer arrived.
      return attempts === 1 ? HttpResponse.error() : response;
    }),
  );
  const submits = recordSubmits();
  const { result, context } = await renderDraft(id);
  fill(result.current, completeContent(context));

  const outcome = await act(() => result.current.submit());

  expect(outcome.kind).toBe('submitted');
  const keys = submits().map((r) => r.headers.get('Idempotency-Key'));
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  expect(replayed).toEqual([null, 'true']);
  expect(historyOf(id).filter((h) => h.action === 'submitted')).toHaveLength(1);
  if (outcome.kind === 'submitted') expect(outcome.sheet.version).toBe(serverSheet(id)?.version);
});

test('a failing server is retried three times with one key; the draft stays, and a later submit reuses it', async () => {
  const id = newAssignmentId();
  server.use(
    http.post(submitUrl(id), () =>
      HttpResponse.json(
        { code: 'internal' },
        { status: 502, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  const submits = recordSubmits();
  const { result, context } = await renderDraft(id);
  const content = completeContent(context);
  fill(result.current, content);

  const failed = await act(() => result.current.submit());

  expect(failed).toEqual({ kind: 'failed' });
  expect(submits()).toHaveLength(1 + FAST.maxRetries);
  expect(new Set(submits().map((r) => r.headers.get('Idempotency-Key'))).size).toBe(1);
  expect(result.current.editable).toBe(true);
  expect(result.current.content.overallComment).toBe(content.overallComment);
  expect(serverSheet(id)?.status).toBe('draft');

  server.resetHandlers();
  const retried = await act(() => result.current.submit());

  expect(retried.kind).toBe('submitted');
  expect(new Set(submits().map((r) => r.headers.get('Idempotency-Key'))).size).toBe(1);
});

test('missing scores come back as field errors, without a retry', async () => {
  const id = newAssignmentId();
  const submits = recordSubmits();
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);
  act(() => result.current.setScore(first, 5));

  const outcome = await act(() => result.current.submit());

  expect(outcome.kind).toBe('invalid');
  if (outcome.kind === 'invalid') {
    expect(outcome.errors).toContainEqual(
      expect.objectContaining({ field: `scores.${criterion(context, 1)}`, code: 'required' }),
    );
  }
  expect(submits()).toHaveLength(1);
  expect(result.current.editable).toBe(true);
  // The draft itself was saved on the way.
  expect(serverSheet(id)).toMatchObject({ status: 'draft', scores: { [first]: 5 } });
});

test('after the deadline the submit is refused with the server’s reason, not retried', async () => {
  const id = newAssignmentId();
  const submits = recordSubmits();
  const { result, context } = await renderDraft(id);
  fill(result.current, completeContent(context));
  getDb().setClockOffset(60 * 24 * 60 * 60 * 1000);

  const outcome = await act(() => result.current.submit());

  expect(outcome).toEqual({ kind: 'refused', code: 'deadlinePassed' });
  expect(submits()).toHaveLength(1);
  // Nothing is lost: the draft is on the server.
  expect(serverSheet(id)).toMatchObject({
    status: 'draft',
    overallComment: completeContent(context).overallComment,
  });
});

test('a double click submits once', async () => {
  const id = newAssignmentId();
  const submits = recordSubmits();
  const { result, context } = await renderDraft(id);
  fill(result.current, completeContent(context));

  const [first, second] = await act(() => Promise.all([result.current.submit(), result.current.submit()]));

  expect(first.kind).toBe('submitted');
  expect(second).toBe(first);
  expect(submits()).toHaveLength(1);
});

test('a sheet submitted here and then returned for revision opens for edits again', async () => {
  const id = newAssignmentId();
  const { result, context, queryClient } = await renderDraft(id);
  fill(result.current, completeContent(context));
  await act(() => result.current.submit());
  expect(result.current.editable).toBe(false);

  // The coordinator sends it back.
  const db = getDb();
  const sheet = serverSheet(id);
  if (sheet === undefined) throw new Error('the sheet was submitted');
  const submittedVersion = sheet.version;
  db.update('sheets', sheet.id, { status: 'returned', version: submittedVersion + 1 });
  db.update('assignments', id, { status: 'returned', returnReason: 'Уточните бюджет' });
  await act(() => queryClient.refetchQueries({ queryKey: evaluationQueryOptions(id).queryKey }));

  await waitFor(() => expect(result.current.editable).toBe(true));
  const first = criterion(context, 0);
  act(() => result.current.setComment(first, 'Бюджет уточнён'));
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  expect(serverSheet(id)).toMatchObject({
    status: 'draft',
    version: submittedVersion + 2,
    comments: { [first]: 'Бюджет уточнён' },
  });
});
