import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { setReauthHandler } from '@/api/auth-gate';
import type { Sheet } from '@/api/schemas/sheets';
import { clearLocalDrafts } from '@/features/evaluation/draft/clear-on-logout';
import { preloadSheetDraft, settleDraftEngines } from '@/features/evaluation/draft/engine-registry';
import {
  clearAllDrafts,
  localDraftKey,
  readLocalDraft,
  writeLocalDraft,
} from '@/features/evaluation/draft/local-store';
import {
  useDraftComment,
  useSheetDraft,
  useSheetDraftEngine,
} from '@/features/evaluation/draft/use-sheet-draft';
import { evaluationQueryOptions } from '@/features/evaluation/queries';
import { server } from '@mocks/node';
import { createTestQueryClient } from '@tests/render-app';
import { expireAllSessions } from '@tests/sign-in';
import {
  contextOf,
  criterion,
  criterionIds,
  deferred,
  draftAssignmentId,
  draftKey,
  EXPERT_ID,
  FAST,
  historyOf,
  localCopy,
  newAssignmentId,
  puts,
  realResponse,
  recordRequests,
  renderDraft,
  saveFromAnotherTab,
  serverSheet,
  sheetUrl,
  signInAsExpert,
  signInAsExpert as signInAgain,
  sleep,
} from './draft-harness';

let stopRecording: (() => void) | null = null;

function record() {
  const recording = recordRequests();
  stopRecording = recording.stop;
  return recording.seen;
}

function setBrowserOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

beforeEach(async () => {
  await signInAsExpert();
});

afterEach(async () => {
  // Unmounted drafts finish their last save before the next test's database appears.
  cleanup();
  await settleDraftEngines();
  stopRecording?.();
  stopRecording = null;
  setReauthHandler(null);
  Reflect.deleteProperty(navigator, 'onLine');
  await clearAllDrafts();
});

test('a typed score and comment show at once, before anything is saved', async () => {
  const id = newAssignmentId();
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);

  expect(result.current.status.kind).toBe('idle');
  expect(Object.values(result.current.content.scores).every((s) => s === null)).toBe(true);

  act(() => result.current.setScore(first, 0));
  act(() => result.current.setComment(first, 'Нет'));

  // A score of 0 is a score, not "nothing".
  expect(result.current.content.scores[first]).toBe(0);
  expect(result.current.content.comments[first]).toBe('Нет');
  expect(result.current.status.kind).toBe('pending');
  expect(serverSheet(id)).toBeUndefined();
});

test('a keystroke in one comment re-renders only that field', async () => {
  const id = newAssignmentId();
  const queryClient = createTestQueryClient();
  const context = await contextOf(id, queryClient);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const page = renderHook(() => useSheetDraftEngine(context, EXPERT_ID, FAST), { wrapper });
  const engine = page.result.current;
  await waitFor(() => expect(engine.store.getState().ready).toBe(true));
  // One "field component" per criterion, each subscribed to its own comment.
  const fields = criterionIds(context).map((criterionId) => {
    let renders = 0;
    const field = renderHook(() => {
      renders += 1;
      return useDraftComment(engine, criterionId);
    });
    return { criterionId, field, renders: () => renders };
  });
  const typed = criterion(context, 3);
  const before = fields.map((f) => f.renders());

  act(() => engine.setComment(typed, 'О'));
  act(() => engine.setComment(typed, 'Оч'));

  fields.forEach(({ criterionId, field, renders }, index) => {
    const was = before[index] ?? 0;
    if (criterionId === typed) {
      expect(field.result.current).toBe('Оч');
      expect(renders()).toBe(was + 2);
    } else {
      expect(renders()).toBe(was);
    }
  });
});

test('the local copy is written within moments of typing and restored after a reload', async () => {
  const id = newAssignmentId();
  // The server is unreachable, as if the tab crashed before any save got through.
  server.use(http.put(sheetUrl(id), () => HttpResponse.error()));
  const first = await renderDraft(id);
  const score = criterion(first.context, 1);

  act(() => first.result.current.setScore(score, 7));
  act(() => first.result.current.setComment(score, 'Сильная команда'));
  await waitFor(async () => {
    expect(await localCopy(first.context)).toMatchObject({
      content: { scores: { [score]: 7 }, comments: { [score]: 'Сильная команда' } },
      baseVersion: null,
      dirty: true,
    });
  });

  first.unmount();
  await settleDraftEngines();
  server.resetHandlers();

  const reloaded = await renderDraft(id);
  expect(reloaded.result.current.restoredFromDevice).toBe(true);
  expect(reloaded.result.current.content.scores[score]).toBe(7);
  expect(reloaded.result.current.content.comments[score]).toBe('Сильная команда');
  // Restored changes go to the server without waiting for another keystroke.
  await waitFor(() => expect(reloaded.result.current.status.kind).toBe('saved'));
  expect(serverSheet(id)?.scores[score]).toBe(7);
  expect(await localCopy(reloaded.context)).toBeNull();
});

test('after a pause in typing the sheet is saved: pending, saving, saved', async () => {
  const id = newAssignmentId();
  const seen = record();
  const { result, context, statuses, queryClient } = await renderDraft(id);
  const first = criterion(context, 0);

  act(() => result.current.setScore(first, 9));
  expect(puts(seen)).toHaveLength(0);
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));

  expect(statuses).toEqual(['idle', 'pending', 'saving', 'saved']);
  expect(puts(seen)).toHaveLength(1);
  // The very first save of a new sheet has nothing to match.
  expect(puts(seen)[0]?.headers.get('If-Match')).toBeNull();
  expect(serverSheet(id)).toMatchObject({ version: 1, status: 'draft', scores: { [first]: 9 } });
  // The page's cached context shows the saved sheet without a refetch.
  expect(queryClient.getQueryData(evaluationQueryOptions(id).queryKey)).toMatchObject({
    sheet: { version: 1 },
    assignment: { status: 'draft' },
  });
  await waitFor(async () => expect(await localCopy(context)).toBeNull());
});

test('edits made during a save are kept and sent right after it, one request at a time', async () => {
  const id = newAssignmentId();
  const { promise: gate, resolve: release } = deferred();
  let concurrent = 0;
  let maxConcurrent = 0;
  server.use(
    http.put(sheetUrl(id), async ({ request }) => {
      concurrent += 1;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await gate;
      const response = await realResponse(request);
      concurrent -= 1;
      return response;
    }),
  );
  const seen = record();
  const { result, context } = await renderDraft(id);
  const [a, b] = [criterion(context, 0), criterion(context, 1)];

  act(() => result.current.setScore(a, 5));
  await waitFor(() => expect(result.current.status.kind).toBe('saving'));
  act(() => result.current.setScore(b, 6));
  // A blur during the save must not start a second request.
  const flushed = result.current.flush();
  await sleep(FAST.idleSaveMs * 2);
  expect(puts(seen)).toHaveLength(1);

  release();
  await act(() => flushed);
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));

  expect(maxConcurrent).toBe(1);
  expect(puts(seen)).toHaveLength(2);
  expect(puts(seen)[1]?.headers.get('If-Match')).toBe('"1"');
  expect(serverSheet(id)).toMatchObject({ version: 2, scores: { [a]: 5, [b]: 6 } });
});

test('flush saves at once, without waiting for the pause', async () => {
  const id = newAssignmentId();
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);

  act(() => result.current.setComment(first, 'Обоснование'));
  await act(() => result.current.flush());

  expect(result.current.status.kind).toBe('saved');
  expect(serverSheet(id)?.comments[first]).toBe('Обоснование');
});

test('without network the changes stay on this device and are sent on reconnect', async () => {
  const id = newAssignmentId();
  server.use(http.put(sheetUrl(id), () => HttpResponse.error()));
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 2);

  act(() => result.current.setScore(first, 3));
  act(() => result.current.setComment(first, 'Слабое обоснование бюджета'));
  await waitFor(() => expect(result.current.status.kind).toBe('offline'));
  await waitFor(async () =>
    expect((await localCopy(context))?.content.comments[first]).toBe('Слабое обоснование бюджета'),
  );
  expect(serverSheet(id)).toBeUndefined();

  act(() => result.current.setScore(first, 4));
  expect(result.current.status.kind).toBe('offline');

  server.resetHandlers();
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  expect(serverSheet(id)).toMatchObject({
    scores: { [first]: 4 },
    comments: { [first]: 'Слабое обоснование бюджета' },
  });
});

test('while the browser reports no network, nothing is sent until it is back', async () => {
  const id = newAssignmentId();
  const seen = record();
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);

  act(() => setBrowserOnline(false));
  act(() => result.current.setScore(first, 8));
  expect(result.current.status.kind).toBe('offline');
  await act(() => result.current.flush());
  await sleep(FAST.idleSaveMs * 2);
  expect(puts(seen)).toHaveLength(0);

  act(() => setBrowserOnline(true));
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  expect(puts(seen)).toHaveLength(1);
  expect(serverSheet(id)?.scores[first]).toBe(8);
});

test('a failing server is retried with backoff, then the error offers a retry that works', async () => {
  const id = newAssignmentId();
  server.use(
    http.put(sheetUrl(id), () =>
      HttpResponse.json(
        { code: 'internal' },
        { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  const seen = record();
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);

  act(() => result.current.setScore(first, 6));
  await waitFor(() => expect(result.current.status.kind).toBe('error'));
  expect(puts(seen)).toHaveLength(1 + FAST.maxRetries);
  expect(result.current.content.scores[first]).toBe(6);

  server.resetHandlers();
  const status = result.current.status;
  if (status.kind !== 'error') throw new Error('expected the error status');
  act(() => status.retry());
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  expect(serverSheet(id)?.scores[first]).toBe(6);
});

test('a refused save (4xx) is not retried; fixing the value saves it', async () => {
  const id = newAssignmentId();
  const seen = record();
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);

  // Out of the scale: the server refuses it with 422.
  act(() => result.current.setScore(first, 1000));
  await waitFor(() => expect(result.current.status.kind).toBe('error'));
  await sleep(FAST.retryBaseMs * 8);
  expect(puts(seen)).toHaveLength(1);

  act(() => result.current.setScore(first, 10));
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  expect(serverSheet(id)?.scores[first]).toBe(10);
});

test('a save over a version another tab wrote meets a conflict; keeping mine overwrites on top of it', async () => {
  const id = draftAssignmentId();
  const { result, context } = await renderDraft(id);
  const loaded = context.sheet;
  if (loaded === null) throw new Error('the draft assignment has a sheet');
  const first = criterion(context, 0);
  const theirsContent = { ...loaded, comments: { ...loaded.comments, [first]: 'Правка из другой вкладки' } };
  await saveFromAnotherTab(id, theirsContent, loaded.version);

  act(() => result.current.setComment(first, 'Моя правка'));
  await waitFor(() => expect(result.current.status.kind).toBe('conflict'));

  const conflict = result.current.conflict;
  expect(conflict?.mine.comments[first]).toBe('Моя правка');
  expect(conflict?.theirs).toMatchObject({
    version: loaded.version + 1,
    comments: { [first]: 'Правка из другой вкладки' },
  });
  // Nothing was overwritten while the user has not chosen.
  expect(serverSheet(id)?.comments[first]).toBe('Правка из другой вкладки');

  act(() => conflict?.resolve('mine'));
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  expect(result.current.conflict).toBeNull();
  expect(serverSheet(id)).toMatchObject({ version: loaded.version + 2, comments: { [first]: 'Моя правка' } });
});

test('taking their version drops the local edits and sends nothing', async () => {
  const id = draftAssignmentId();
  const seen = record();
  const { result, context } = await renderDraft(id);
  const loaded = context.sheet;
  if (loaded === null) throw new Error('the draft assignment has a sheet');
  const first = criterion(context, 0);
  await saveFromAnotherTab(id, { ...loaded, scores: { ...loaded.scores, [first]: 2 } }, loaded.version);

  act(() => result.current.setScore(first, 9));
  await waitFor(() => expect(result.current.conflict).not.toBeNull());
  const sentBefore = puts(seen).length;

  act(() => result.current.conflict?.resolve('theirs'));

  expect(result.current.content.scores[first]).toBe(2);
  expect(result.current.status.kind).toBe('idle');
  await sleep(FAST.idleSaveMs * 2);
  expect(puts(seen)).toHaveLength(sentBefore);
  expect(serverSheet(id)).toMatchObject({ version: loaded.version + 1, scores: { [first]: 2 } });
  await waitFor(async () => expect(await localCopy(context)).toBeNull());
});

test('a copy on this device built on an older server version asks instead of picking one', async () => {
  const id = draftAssignmentId();
  const queryClient = createTestQueryClient();
  const context = await contextOf(id, queryClient);
  const loaded = context.sheet;
  if (loaded === null) throw new Error('the draft assignment has a sheet');
  const first = criterion(context, 0);
  await writeLocalDraft(draftKey(context), {
    content: { ...loaded, comments: { ...loaded.comments, [first]: 'Напечатано офлайн' } },
    baseVersion: loaded.version - 1,
    updatedAt: new Date().toISOString(),
    dirty: true,
  });
  const seen = record();

  const { result } = await renderDraft(id, queryClient);

  expect(result.current.restoredFromDevice).toBe(true);
  expect(result.current.status.kind).toBe('conflict');
  expect(result.current.conflict?.mine.comments[first]).toBe('Напечатано офлайн');
  expect(result.current.conflict?.theirs.version).toBe(loaded.version);
  await sleep(FAST.idleSaveMs * 2);
  expect(puts(seen)).toHaveLength(0);

  act(() => result.current.conflict?.resolve('theirs'));
  expect(result.current.content.comments[first]).toBe(loaded.comments[first] ?? '');
  await waitFor(async () => expect(await localCopy(context)).toBeNull());
});

test('a copy on this device that the server already holds is dropped quietly', async () => {
  const id = draftAssignmentId();
  const queryClient = createTestQueryClient();
  const context = await contextOf(id, queryClient);
  const loaded = context.sheet;
  if (loaded === null) throw new Error('the draft assignment has a sheet');
  // The last save on page hide landed, only its answer was lost: same content, older base.
  await writeLocalDraft(draftKey(context), {
    content: loaded,
    baseVersion: loaded.version - 1,
    updatedAt: new Date().toISOString(),
    dirty: true,
  });

  const { result } = await renderDraft(id, queryClient);

  expect(result.current.restoredFromDevice).toBe(false);
  expect(result.current.conflict).toBeNull();
  await waitFor(async () => expect(await localCopy(context)).toBeNull());
});

test('a copy typed against an older criteria version is carried over to the current one', async () => {
  const id = newAssignmentId();
  const queryClient = createTestQueryClient();
  const context = await contextOf(id, queryClient);
  const current = context.criteriaSet.version;
  const first = criterion(context, 0);
  const olderKey = localDraftKey(EXPERT_ID, id, current - 1);
  await writeLocalDraft(olderKey, {
    content: {
      scores: { [first]: 4, 'cr-removed': 5 },
      comments: { [first]: 'Из прошлой версии', 'cr-removed': 'Критерия больше нет' },
      recommendation: 'reject',
      overallComment: '',
    },
    baseVersion: null,
    updatedAt: new Date().toISOString(),
    dirty: true,
  });

  const { result } = await renderDraft(id, queryClient);

  expect(result.current.restoredFromDevice).toBe(true);
  expect(result.current.content.scores[first]).toBe(4);
  expect(result.current.content.scores).not.toHaveProperty('cr-removed');
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  expect(serverSheet(id)).toMatchObject({ scores: { [first]: 4 }, recommendation: 'reject' });
  await waitFor(async () => expect(await readLocalDraft(olderKey)).toBeNull());
});

test('an expired session mid-edit: re-login in place, values intact, the save sent exactly once', async () => {
  const id = newAssignmentId();
  const { promise: signedIn, resolve: finishSignIn } = deferred();
  let dialogs = 0;
  setReauthHandler(async () => {
    dialogs += 1;
    // The re-login dialog stays open until the expert signs in.
    await signedIn;
    await signInAgain();
    return true;
  });
  const seen = record();
  const { result, context } = await renderDraft(id);
  const [a, b] = [criterion(context, 0), criterion(context, 1)];

  act(() => result.current.setScore(a, 7));
  act(() => result.current.setComment(b, 'Комментарий до истечения сессии'));
  expireAllSessions();
  await waitFor(() => expect(dialogs).toBe(1));
  // Blurring fields while the dialog is open must not send anything more.
  const flushed = result.current.flush();
  await sleep(FAST.idleSaveMs * 2);
  expect(result.current.content.scores[a]).toBe(7);

  finishSignIn();
  await act(() => flushed);
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));

  const signInAt = seen.findIndex((r) => r.method === 'POST' && r.path === '/session');
  const sheetPuts = seen.filter((r) => r.method === 'PUT');
  expect(sheetPuts).toHaveLength(2);
  expect(seen.slice(signInAt).filter((r) => r.method === 'PUT')).toHaveLength(1);
  expect(dialogs).toBe(1);
  expect(historyOf(id)).toHaveLength(1);
  expect(serverSheet(id)).toMatchObject({
    version: 1,
    scores: { [a]: 7 },
    comments: { [b]: 'Комментарий до истечения сессии' },
  });
});

test('hiding the page sends the save at once, flagged to outlive the page', async () => {
  const id = newAssignmentId();
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);
  const fetchSpy = vi.spyOn(globalThis, 'fetch');

  act(() => result.current.setComment(first, 'Закрываю вкладку'));
  act(() => {
    window.dispatchEvent(new Event('pagehide'));
  });

  // Sent synchronously with the event, not after the pause.
  const keepalivePuts = fetchSpy.mock.calls.filter(
    ([, init]) => init?.method === 'PUT' && init.keepalive === true,
  );
  expect(keepalivePuts).toHaveLength(1);
  await waitFor(() => expect(serverSheet(id)?.comments[first]).toBe('Закрываю вкладку'));
});

test('hiding the page writes the local copy at once, without waiting for its timer', async () => {
  const id = newAssignmentId();
  server.use(http.put(sheetUrl(id), () => HttpResponse.error()));
  const { result, context } = await renderDraft(id, createTestQueryClient(), {
    ...FAST,
    localWriteMs: 60_000,
  });
  const first = criterion(context, 0);

  act(() => result.current.setComment(first, 'Вкладку закрыли без сети'));
  act(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });

  await waitFor(async () =>
    expect((await localCopy(context))?.content.comments[first]).toBe('Вкладку закрыли без сети'),
  );
  Reflect.deleteProperty(document, 'visibilityState');
});

test('logout deletes the expert’s local copies and keeps open drafts from writing new ones', async () => {
  const id = newAssignmentId();
  server.use(http.put(sheetUrl(id), () => HttpResponse.error()));
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);
  const othersKey = localDraftKey('u-someone-else', id, context.criteriaSet.version);
  await writeLocalDraft(othersKey, {
    content: context.sheet ?? { scores: {}, comments: {}, recommendation: null, overallComment: '' },
    baseVersion: null,
    updatedAt: new Date().toISOString(),
    dirty: true,
  });
  act(() => result.current.setScore(first, 5));
  await waitFor(async () => expect(await localCopy(context)).not.toBeNull());
  act(() => result.current.setScore(first, 6));

  await clearLocalDrafts(EXPERT_ID);
  await sleep(FAST.localWriteMs * 3);

  expect(await localCopy(context)).toBeNull();
  expect(await readLocalDraft(othersKey)).not.toBeNull();
});

test('logout first sends the edits still waiting for the pause', async () => {
  const id = newAssignmentId();
  const { result, context } = await renderDraft(id, createTestQueryClient(), {
    ...FAST,
    idleSaveMs: 60_000,
  });
  const first = criterion(context, 0);
  act(() => result.current.setComment(first, 'Последняя правка перед выходом'));

  await clearLocalDrafts(EXPERT_ID);

  expect(serverSheet(id)?.comments[first]).toBe('Последняя правка перед выходом');
  expect(await localCopy(context)).toBeNull();
});

test('a newer server copy fetched while nothing is unsaved simply replaces what is shown', async () => {
  const id = draftAssignmentId();
  const { result, context, queryClient } = await renderDraft(id);
  const loaded: Sheet | null = context.sheet;
  if (loaded === null) throw new Error('the draft assignment has a sheet');
  const first = criterion(context, 0);
  await saveFromAnotherTab(
    id,
    { ...loaded, comments: { ...loaded.comments, [first]: 'С ноутбука' } },
    loaded.version,
  );

  await act(() => queryClient.refetchQueries({ queryKey: evaluationQueryOptions(id).queryKey }));

  await waitFor(() => expect(result.current.content.comments[first]).toBe('С ноутбука'));
  expect(result.current.conflict).toBeNull();
});

test('confirming a save never deletes the unsent copy another tab stored meanwhile', async () => {
  const id = newAssignmentId();
  const { promise: gate, resolve: release } = deferred();
  server.use(
    http.put(sheetUrl(id), async ({ request }) => {
      await gate;
      return realResponse(request);
    }),
  );
  const { result, context } = await renderDraft(id);
  const first = criterion(context, 0);
  act(() => result.current.setScore(first, 3));
  await waitFor(() => expect(result.current.status.kind).toBe('saving'));
  await waitFor(async () => expect(await localCopy(context)).not.toBeNull());

  // While this tab's save is on the way, a second tab on the same sheet stores its own unsent edits.
  await writeLocalDraft(draftKey(context), {
    content: { ...result.current.content, overallComment: 'Из второй вкладки' },
    baseVersion: null,
    updatedAt: new Date().toISOString(),
    dirty: true,
    writer: 'second-tab',
  });
  release();
  await waitFor(() => expect(result.current.status.kind).toBe('saved'));
  await settleDraftEngines();

  expect(await localCopy(context)).toMatchObject({ content: { overallComment: 'Из второй вкладки' } });
});

test('a route loader’s look-up shows the restored draft on the very first render', async () => {
  const id = newAssignmentId();
  const queryClient = createTestQueryClient();
  const context = await contextOf(id, queryClient);
  const first = criterion(context, 0);
  await writeLocalDraft(draftKey(context), {
    content: { scores: { [first]: 6 }, comments: {}, recommendation: null, overallComment: '' },
    baseVersion: null,
    updatedAt: new Date().toISOString(),
    dirty: true,
  });

  await preloadSheetDraft(EXPERT_ID, context);
  const renders: { restored: boolean; score: number | null | undefined; editable: boolean }[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  renderHook(
    () => {
      const draft = useSheetDraft(context, EXPERT_ID, FAST);
      renders.push({
        restored: draft.restoredFromDevice,
        score: draft.content.scores[first],
        editable: draft.editable,
      });
      return draft;
    },
    { wrapper },
  );

  expect(renders[0]).toEqual({ restored: true, score: 6, editable: true });
  await waitFor(() => expect(serverSheet(id)?.scores[first]).toBe(6));
});
