import { apiJson } from '@/api/http-client';
import type { Nomination } from '@/api/schemas/contests';
import type { MyStage, QueuePage } from '@/api/schemas/expert-cabinet';
import type { QueueRequest } from './queue-params';

export function fetchMyStages(signal?: AbortSignal): Promise<{ items: MyStage[] }> {
  return apiJson<{ items: MyStage[] }>('/me/stages', { signal });
}

/** One page of the caller's queue; filtering, search, sorting and paging all happen on the server. */
export function fetchMyQueue(request: QueueRequest, signal?: AbortSignal): Promise<QueuePage> {
  const { stageId, status, nominationId, q, sort, page, pageSize } = request;
  return apiJson<QueuePage>('/me/assignments', {
    query: { stageId, status, nominationId, q, sort, page, pageSize },
    signal,
  });
}

/**
 * A contest's nominations, for the queue's nomination filter. Experts may read them for contests they
 * have work in; the API has no expert-specific list.
 */
export function fetchNominations(contestId: string, signal?: AbortSignal): Promise<{ items: Nomination[] }> {
  return apiJson<{ items: Nomination[] }>(`/contests/${encodeURIComponent(contestId)}/nominations`, {
    signal,
  });
}
