import { apiJson } from '@/api/http-client';
import type { Page } from '@/api/schemas/common';
import type { Contest } from '@/api/schemas/contests';

export interface ContestListParams {
  page: number;
  pageSize: number;
  status?: Contest['status'] | undefined;
}

export function fetchContests(params: ContestListParams, signal?: AbortSignal): Promise<Page<Contest>> {
  return apiJson<Page<Contest>>('/contests', { query: { ...params, sort: 'title' }, signal });
}
