import { apiJson } from '@/api/http-client';
import type {
  CategoryInput,
  CategoryPatch,
  ContestCreate,
  ContestPage,
  ContestPatch,
  NominationInput,
  NominationPatch,
} from '@/api/schemas/contest-inputs';
import type { Category, Contest, Nomination } from '@/api/schemas/contests';

const enc = encodeURIComponent;

export interface ContestListParams {
  page: number;
  pageSize: number;
}

/** Newest first: the contest being set up now is the one the organizer looks for. */
export function fetchContestPage(params: ContestListParams, signal?: AbortSignal): Promise<ContestPage> {
  return apiJson<ContestPage>('/contests', { query: { ...params, sort: '-createdAt' }, signal });
}

export function createContest(input: ContestCreate): Promise<Contest> {
  return apiJson<Contest>('/contests', { method: 'POST', body: input });
}

export function updateContest(contestId: string, patch: ContestPatch): Promise<Contest> {
  return apiJson<Contest>(`/contests/${enc(contestId)}`, { method: 'PATCH', body: patch });
}

export function createCategory(contestId: string, input: CategoryInput): Promise<Category> {
  return apiJson<Category>(`/contests/${enc(contestId)}/categories`, { method: 'POST', body: input });
}

export function updateCategory(categoryId: string, patch: CategoryPatch): Promise<Category> {
  return apiJson<Category>(`/categories/${enc(categoryId)}`, { method: 'PATCH', body: patch });
}

export async function deleteCategory(categoryId: string): Promise<void> {
  await apiJson<undefined>(`/categories/${enc(categoryId)}`, { method: 'DELETE' });
}

export function createNomination(contestId: string, input: NominationInput): Promise<Nomination> {
  return apiJson<Nomination>(`/contests/${enc(contestId)}/nominations`, { method: 'POST', body: input });
}

export function updateNomination(nominationId: string, patch: NominationPatch): Promise<Nomination> {
  return apiJson<Nomination>(`/nominations/${enc(nominationId)}`, { method: 'PATCH', body: patch });
}

export async function deleteNomination(nominationId: string): Promise<void> {
  await apiJson<undefined>(`/nominations/${enc(nominationId)}`, { method: 'DELETE' });
}
