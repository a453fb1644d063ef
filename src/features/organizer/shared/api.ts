import { apiJson } from '@/api/http-client';
import type { CategoryList, NominationList, StageList } from '@/api/schemas/contest-inputs';
import type { Contest } from '@/api/schemas/contests';
import type { CriteriaSetList } from '@/api/schemas/criteria-inputs';

const enc = encodeURIComponent;

/** Reads every organizer section needs; each section keeps its own writes in its folder. */
export function fetchContest(contestId: string, signal?: AbortSignal): Promise<Contest> {
  return apiJson<Contest>(`/contests/${enc(contestId)}`, { signal });
}

export function fetchStages(contestId: string, signal?: AbortSignal): Promise<StageList> {
  return apiJson<StageList>(`/contests/${enc(contestId)}/stages`, { signal });
}

export function fetchCategories(contestId: string, signal?: AbortSignal): Promise<CategoryList> {
  return apiJson<CategoryList>(`/contests/${enc(contestId)}/categories`, { signal });
}

export function fetchNominations(contestId: string, signal?: AbortSignal): Promise<NominationList> {
  return apiJson<NominationList>(`/contests/${enc(contestId)}/nominations`, { signal });
}

export function fetchCriteriaSets(contestId: string, signal?: AbortSignal): Promise<CriteriaSetList> {
  return apiJson<CriteriaSetList>(`/contests/${enc(contestId)}/criteria-sets`, { signal });
}
