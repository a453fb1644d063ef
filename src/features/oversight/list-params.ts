import type { QualitySignalKind } from '@/api/schemas/coordination';
import type { DivergenceParams } from './api';
import { positivePage } from './progress-params';

export const QUALITY_KINDS: readonly QualitySignalKind[] = [
  'straightLining',
  'tooFast',
  'copiedComment',
  'outlierExpert',
];

export function parseQualityKind(search: URLSearchParams): QualitySignalKind | undefined {
  const kind = search.get('kind');
  return QUALITY_KINDS.find((k) => k === kind);
}

export const DIVERGENCE_PAGE_SIZE = 25;

export function parseDivergenceSearch(search: URLSearchParams): DivergenceParams {
  return {
    nominationId: search.get('nomination') ?? undefined,
    page: positivePage(search.get('page')),
    pageSize: DIVERGENCE_PAGE_SIZE,
  };
}

/** Where a sheet's history page came from: it labels criteria and links back only when it knows. */
export interface HistoryContext {
  stageId: string;
  applicationId: string;
}

export function parseHistoryContext(search: URLSearchParams): HistoryContext | null {
  const stageId = search.get('stage');
  const applicationId = search.get('application');
  return stageId && applicationId ? { stageId, applicationId } : null;
}
