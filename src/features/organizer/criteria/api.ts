import { apiJson } from '@/api/http-client';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type {
  CriteriaSetCreate,
  CriteriaSetUpdate,
  CriteriaSetVersionList,
} from '@/api/schemas/criteria-inputs';

const enc = encodeURIComponent;

export function fetchCriteriaSet(criteriaSetId: string, signal?: AbortSignal): Promise<CriteriaSet> {
  return apiJson<CriteriaSet>(`/criteria-sets/${enc(criteriaSetId)}`, { signal });
}

export function fetchCriteriaSetVersions(
  criteriaSetId: string,
  signal?: AbortSignal,
): Promise<CriteriaSetVersionList> {
  return apiJson<CriteriaSetVersionList>(`/criteria-sets/${enc(criteriaSetId)}/versions`, { signal });
}

export function createCriteriaSet(contestId: string, body: CriteriaSetCreate): Promise<CriteriaSet> {
  return apiJson<CriteriaSet>(`/contests/${enc(contestId)}/criteria-sets`, { method: 'POST', body });
}

export function updateCriteriaSet(criteriaSetId: string, body: CriteriaSetUpdate): Promise<CriteriaSet> {
  return apiJson<CriteriaSet>(`/criteria-sets/${enc(criteriaSetId)}`, { method: 'PUT', body });
}
