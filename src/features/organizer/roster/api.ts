import { apiJson } from '@/api/http-client';
import type { Page } from '@/api/schemas/common';
import type { StageList } from '@/api/schemas/contest-inputs';
import type { Contest } from '@/api/schemas/contests';
import type {
  ExpertCreate,
  ExpertImportResult,
  ExpertImportRow,
  ExpertPage,
  ExpertPatch,
} from '@/api/schemas/expert-inputs';
import type { Expert } from '@/api/schemas/experts';
import type { Assignment } from '@/api/schemas/sheets';
import { ROSTER_PAGE_SIZE, type RosterParams } from './list-params';

const enc = encodeURIComponent;

export function fetchExperts(params: RosterParams, signal?: AbortSignal): Promise<ExpertPage> {
  return apiJson<ExpertPage>('/experts', {
    query: {
      q: params.q,
      region: params.region,
      nominationId: params.nominationId,
      sort: params.sort,
      page: params.page,
      pageSize: ROSTER_PAGE_SIZE,
    },
    signal,
  });
}

export function fetchExpert(expertId: string, signal?: AbortSignal): Promise<Expert> {
  return apiJson<Expert>(`/experts/${enc(expertId)}`, { signal });
}

export function createExpert(body: ExpertCreate): Promise<Expert> {
  return apiJson<Expert>('/experts', { method: 'POST', body });
}

export function updateExpert(expertId: string, patch: ExpertPatch): Promise<Expert> {
  return apiJson<Expert>(`/experts/${enc(expertId)}`, { method: 'PATCH', body: patch });
}

export function importExperts(rows: ExpertImportRow[]): Promise<ExpertImportResult> {
  return apiJson<ExpertImportResult>('/experts/import', { method: 'POST', body: { rows } });
}

/** Every contest, for grouping nominations of expertise; a season holds a handful. */
export function fetchAllContests(signal?: AbortSignal): Promise<Page<Contest>> {
  return apiJson<Page<Contest>>('/contests', { query: { page: 1, pageSize: 100, sort: 'title' }, signal });
}

export interface StageLoad {
  contest: Contest;
  stage: StageList['items'][number];
  /** Assignments the expert carries in the stage, recusals excluded. */
  assigned: number;
  submitted: number;
}

/**
 * The expert's work per stage. The contract has no per-expert breakdown, so it is read from each
 * stage's assignment list filtered by expert; an expert's queue is at most a few hundred, within a page.
 */
export async function fetchStageLoads(expertId: string, signal?: AbortSignal): Promise<StageLoad[]> {
  const contests = await fetchAllContests(signal);
  const perContest = await Promise.all(
    contests.items.map(async (contest) => {
      const { items: stages } = await apiJson<StageList>(`/contests/${enc(contest.id)}/stages`, { signal });
      return Promise.all(
        stages.map(async (stage): Promise<StageLoad> => {
          const page = await apiJson<Page<Assignment>>(`/stages/${enc(stage.id)}/assignments`, {
            query: { expertId, page: 1, pageSize: 500 },
            signal,
          });
          const active = page.items.filter((a) => a.status !== 'recused');
          return {
            contest,
            stage,
            assigned: active.length,
            submitted: active.filter((a) => a.status === 'submitted').length,
          };
        }),
      );
    }),
  );
  return perContest.flat().filter((load) => load.assigned > 0);
}
