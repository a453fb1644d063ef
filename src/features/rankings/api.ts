import { apiJson, apiRequest } from '@/api/http-client';
import type { AggregationMethod } from '@/api/schemas/contests';
import type { CutlineResult, MethodComparisonPage, RankingPage } from '@/api/schemas/coordination';
import { cutlineQuery, type Scenario } from './cutline';
import type { RankingFlagFilter, RankingSort } from './ranking-params';

const enc = encodeURIComponent;

/** What one ranking view asks the server for, minus the page. */
export interface RankingRequest {
  stageId: string;
  nominationId: string;
  /** null: the contest's official method. */
  method: AggregationMethod | null;
  sort: RankingSort;
  q: string;
  flag: RankingFlagFilter | null;
}

function nominationPath(stageId: string, nominationId: string, tail: string): string {
  return `/stages/${enc(stageId)}/nominations/${enc(nominationId)}/${tail}`;
}

export function fetchRankingPage(
  request: RankingRequest,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<RankingPage> {
  const { stageId, nominationId, method, sort, q, flag } = request;
  return apiJson<RankingPage>(nominationPath(stageId, nominationId, 'ranking'), {
    query: { method, sort, q, flag, page, pageSize },
    signal,
  });
}

/** Ranks under every method, rows in the order of `lead` (the method on screen). */
export function fetchMethodComparison(
  stageId: string,
  nominationId: string,
  lead: AggregationMethod,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<MethodComparisonPage> {
  const methods = [lead, ...(['mean', 'median', 'closestPair', 'zScore'] as const).filter((m) => m !== lead)];
  return apiJson<MethodComparisonPage>(nominationPath(stageId, nominationId, 'ranking/compare'), {
    query: { methods, page, pageSize },
    signal,
  });
}

export function fetchCutline(
  stageId: string,
  nominationId: string,
  method: AggregationMethod | null,
  scenario: Scenario,
  signal?: AbortSignal,
): Promise<CutlineResult> {
  return apiJson<CutlineResult>(nominationPath(stageId, nominationId, 'cutline'), {
    query: { method, ...cutlineQuery(scenario) },
    signal,
  });
}

export interface ExportRequest {
  stageId: string;
  nominationId: string;
  kind: 'ranking' | 'sheets';
  format: 'csv' | 'xlsx';
  method: AggregationMethod | null;
}

/** The RFC 5987 `filename*` first (it keeps Cyrillic), then the plain `filename`. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended !== undefined) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

export async function fetchExport(request: ExportRequest): Promise<{ blob: Blob; filename: string }> {
  const { stageId, nominationId, kind, format, method } = request;
  const response = await apiRequest<Blob>(nominationPath(stageId, nominationId, 'export'), {
    query: { kind, format, method },
    headers: { Accept: '*/*' },
    blob: true,
  });
  const fallback = `${kind}-${nominationId}.${format}`;
  return {
    blob: response.data,
    filename: filenameFromDisposition(response.headers.get('content-disposition'), fallback),
  };
}
