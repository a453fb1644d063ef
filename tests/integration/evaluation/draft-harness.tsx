import { QueryClientProvider, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { getResponse } from 'msw';
import { StrictMode, type ReactNode } from 'react';
import { expect } from 'vitest';
import { apiJson, setCsrfToken } from '@/api/http-client';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { Session } from '@/api/schemas/session';
import type { SheetContent } from '@/api/schemas/sheets';
import type { DraftTimings } from '@/features/evaluation/draft/draft-engine';
import { localDraftKey, readLocalDraft } from '@/features/evaluation/draft/local-store';
import { useSheetDraft } from '@/features/evaluation/draft/use-sheet-draft';
import { evaluationQueryOptions } from '@/features/evaluation/queries';
import { getDb } from '@mocks/db/database';
import { handlers } from '@mocks/handlers/all-handlers';
import { server } from '@mocks/node';
import { createTestQueryClient } from '@tests/render-app';
import { DEMO_PASSWORD } from '@tests/sign-in';

export const EXPERT_ID = 'u-expert';

/** The real rhythm scaled down: the same order of events, in milliseconds instead of seconds. */
export const FAST: DraftTimings = {
  localWriteMs: 30,
  idleSaveMs: 80,
  maxSaveWaitMs: 2000,
  retryBaseMs: 10,
  maxRetries: 3,
  offlineProbeMs: 60_000,
};

export const API = `${window.location.origin}/api/v1`;
export const sheetUrl = (assignmentId: string) => `${API}/assignments/${assignmentId}/sheet`;
export const submitUrl = (assignmentId: string) => `${sheetUrl(assignmentId)}/submit`;

/** Signs the demo expert in the way the app does, CSRF token included. */
export async function signInAsExpert(): Promise<void> {
  const session = await apiJson<Session>('/session', {
    method: 'POST',
    body: { email: 'expert@demo.ru', password: DEMO_PASSWORD },
    skipReauth: true,
  });
  setCsrfToken(session.csrfToken);
}

function expertAssignment(status: 'new' | 'draft'): string {
  const found = getDb()
    .assignmentsByExpert(EXPERT_ID)
    .find((a) => a.status === status);
  if (found === undefined) throw new Error(`the demo expert has no ${status} assignment`);
  return found.id;
}

/** An application the expert has not started: no sheet on the server yet. */
export const newAssignmentId = () => expertAssignment('new');
/** An application with a saved draft on the server. */
export const draftAssignmentId = () => expertAssignment('draft');

export const serverSheet = (assignmentId: string) => getDb().sheetByAssignment(assignmentId);

export function historyOf(assignmentId: string) {
  const sheet = serverSheet(assignmentId);
  return sheet === undefined
    ? []
    : getDb()
        .all('sheetHistory')
        .filter((h) => h.sheetId === sheet.id);
}

/** The real mock's answer to a request, for overrides that pass through and then misbehave. */
export async function realResponse(request: Request): Promise<Response> {
  const response = await getResponse(handlers, request);
  if (response === undefined) throw new Error(`no mock handler for ${request.method} ${request.url}`);
  return response;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
}

/** Every request the app sends, in order (registered per test, removed by `stop`). */
export function recordRequests(): { seen: SeenRequest[]; stop: () => void } {
  const seen: SeenRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push({
      method: request.method,
      path: new URL(request.url).pathname.replace('/api/v1', ''),
      headers: request.headers,
    });
  };
  server.events.on('request:start', listener);
  return { seen, stop: () => server.events.removeListener('request:start', listener) };
}

export const puts = (seen: SeenRequest[]) => seen.filter((r) => r.method === 'PUT');

export async function contextOf(assignmentId: string, queryClient: QueryClient): Promise<EvaluationContext> {
  return queryClient.ensureQueryData(evaluationQueryOptions(assignmentId));
}

export function draftKey(context: EvaluationContext): string {
  return localDraftKey(EXPERT_ID, context.assignment.id, context.criteriaSet.version);
}

export const localCopy = (context: EvaluationContext) => readLocalDraft(draftKey(context));

/**
 * The evaluation page's use of the engine, reduced to the hook: the context comes from the query
 * cache (so the engine's cache writes flow back in), under StrictMode like the app.
 */
export async function renderDraft(
  assignmentId: string,
  queryClient: QueryClient = createTestQueryClient(),
  timings: DraftTimings = FAST,
) {
  const context = await contextOf(assignmentId, queryClient);
  const statuses: string[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StrictMode>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </StrictMode>
  );
  const view = renderHook(
    () => {
      const { data } = useSuspenseQuery(evaluationQueryOptions(assignmentId));
      const draft = useSheetDraft(data, EXPERT_ID, timings);
      if (statuses.at(-1) !== draft.status.kind) statuses.push(draft.status.kind);
      return draft;
    },
    { wrapper },
  );
  // Ready once the copy on this device has been looked for.
  await waitFor(() => expect(view.result.current.editable).toBe(true));
  return { ...view, queryClient, context, statuses };
}

export function criterionIds(context: EvaluationContext): string[] {
  return context.criteriaSet.criteria.map((c) => c.id);
}

/** The id of the n-th criterion; throws instead of handing `undefined` to a test. */
export function criterion(context: EvaluationContext, index: number): string {
  const id = criterionIds(context)[index];
  if (id === undefined) throw new Error(`no criterion #${index}`);
  return id;
}

const JUSTIFICATION =
  'Проект опирается на опыт организации и понятный план работ, но бюджет на закупки требует уточнения.';

/** A sheet that passes every submit rule of the demo contest. */
export function completeContent(context: EvaluationContext): SheetContent {
  const ids = criterionIds(context);
  return {
    scores: Object.fromEntries(context.criteriaSet.criteria.map((c) => [c.id, c.scaleMax - 1])),
    comments: Object.fromEntries(ids.map((id) => [id, JUSTIFICATION])),
    recommendation: 'support',
    overallComment: `${JUSTIFICATION} ${JUSTIFICATION}`,
  };
}

/** Another tab (or device) of the same expert saving the sheet behind the engine's back. */
export async function saveFromAnotherTab(
  assignmentId: string,
  content: SheetContent,
  version: number | null,
): Promise<void> {
  await apiJson(`/assignments/${assignmentId}/sheet`, {
    method: 'PUT',
    body: content,
    headers: version === null ? {} : { 'If-Match': `"${version}"` },
  });
}

/** A promise the test settles by hand: a gate a mock handler or a dialog waits on. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
