import { apiJson, apiRequest } from '@/api/http-client';
import type { Calibration, EvaluationContext, PanelView, RecusalRequest } from '@/api/schemas/expert-cabinet';
import type { Assignment, Sheet, SheetContent } from '@/api/schemas/sheets';

function sheetPath(assignmentId: string): string {
  return `/assignments/${encodeURIComponent(assignmentId)}/sheet`;
}

/** The server's ETag for a sheet version: what If-Match must echo. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

export function fetchEvaluation(assignmentId: string, signal?: AbortSignal): Promise<EvaluationContext> {
  return apiJson<EvaluationContext>(`/assignments/${encodeURIComponent(assignmentId)}`, { signal });
}

export function fetchSheet(assignmentId: string, signal?: AbortSignal): Promise<Sheet> {
  return apiJson<Sheet>(sheetPath(assignmentId), { signal });
}

export interface SavedSheet {
  sheet: Sheet;
  etag: string | null;
}

/** Browsers refuse keepalive bodies above 64 KB; a long sheet goes as a normal request instead. */
const KEEPALIVE_LIMIT_BYTES = 60_000;

/**
 * PUT the draft. `version` is the server version the edits started from; null only for the very
 * first save of a sheet that does not exist yet (the server answers 428 if it does).
 */
export async function saveSheet(
  assignmentId: string,
  content: SheetContent,
  version: number | null,
  options: { keepalive?: boolean } = {},
): Promise<SavedSheet> {
  const keepalive =
    options.keepalive === true && new Blob([JSON.stringify(content)]).size < KEEPALIVE_LIMIT_BYTES;
  const response = await apiRequest<Sheet>(sheetPath(assignmentId), {
    method: 'PUT',
    body: content,
    headers: version === null ? {} : { 'If-Match': versionTag(version) },
    keepalive,
  });
  return { sheet: response.data, etag: response.headers.get('ETag') };
}

/** The key makes a retry of the same submit harmless: the server answers it with the first result. */
export function submitSheet(
  assignmentId: string,
  content: SheetContent,
  version: number | null,
  idempotencyKey: string,
): Promise<Sheet> {
  const headers: Record<string, string> = { 'Idempotency-Key': idempotencyKey };
  if (version !== null) headers['If-Match'] = versionTag(version);
  return apiJson<Sheet>(`${sheetPath(assignmentId)}/submit`, { method: 'POST', body: content, headers });
}

export function recuse(assignmentId: string, request: RecusalRequest): Promise<Assignment> {
  return apiJson<Assignment>(`/assignments/${encodeURIComponent(assignmentId)}/recusal`, {
    method: 'POST',
    body: request,
  });
}

export function fetchPanel(assignmentId: string, signal?: AbortSignal): Promise<PanelView> {
  return apiJson<PanelView>(`/assignments/${encodeURIComponent(assignmentId)}/panel`, { signal });
}

export function fetchCalibration(stageId: string, signal?: AbortSignal): Promise<Calibration> {
  return apiJson<Calibration>('/me/calibration', { query: { stageId }, signal });
}
