import { apiJson } from '@/api/http-client';
import type {
  AdvanceRequest,
  AdvanceResult,
  ExtensionCreate,
  StageCreate,
  StagePatch,
} from '@/api/schemas/contest-inputs';
import type { DeadlineExtension, Stage } from '@/api/schemas/contests';
import type { ExpertPage } from '@/api/schemas/expert-inputs';
import type { Expert } from '@/api/schemas/experts';

const enc = encodeURIComponent;

export function createStage(contestId: string, input: StageCreate): Promise<Stage> {
  return apiJson<Stage>(`/contests/${enc(contestId)}/stages`, { method: 'POST', body: input });
}

export function updateStage(stageId: string, patch: StagePatch): Promise<Stage> {
  return apiJson<Stage>(`/stages/${enc(stageId)}`, { method: 'PATCH', body: patch });
}

export function createExtension(stageId: string, input: ExtensionCreate): Promise<DeadlineExtension> {
  return apiJson<DeadlineExtension>(`/stages/${enc(stageId)}/extensions`, { method: 'POST', body: input });
}

export function advanceStage(stageId: string, request: AdvanceRequest): Promise<AdvanceResult> {
  return apiJson<AdvanceResult>(`/stages/${enc(stageId)}/advance`, { method: 'POST', body: request });
}

/** A short page is enough for a picker: the organizer narrows it by typing. */
export const EXPERT_PICKER_SIZE = 8;

export function searchExperts(q: string, signal?: AbortSignal): Promise<ExpertPage> {
  return apiJson<ExpertPage>('/experts', {
    query: { q: q.trim() || undefined, page: 1, pageSize: EXPERT_PICKER_SIZE, sort: 'fullName' },
    signal,
  });
}

export function fetchExpert(expertId: string, signal?: AbortSignal): Promise<Expert> {
  return apiJson<Expert>(`/experts/${enc(expertId)}`, { signal });
}
