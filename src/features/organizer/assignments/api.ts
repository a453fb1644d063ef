import { apiJson } from '@/api/http-client';
import type { ApplicationPage } from '@/api/schemas/application-inputs';
import type {
  AssignmentPage,
  AssignmentPair,
  AssignResult,
  Coverage,
  DistributionCommitResult,
  DistributionPreview,
  DistributionPreviewRequest,
} from '@/api/schemas/assignments';
import type { EligibleExpertList } from '@/api/schemas/coordination';
import type { ExpertPage } from '@/api/schemas/expert-inputs';
import type { Expert } from '@/api/schemas/experts';
import type { AssignmentListParams } from './list-params';

const enc = encodeURIComponent;

export function fetchCoverage(stageId: string, signal?: AbortSignal): Promise<Coverage> {
  return apiJson<Coverage>(`/stages/${enc(stageId)}/coverage`, { signal });
}

export function fetchAssignments(
  stageId: string,
  params: AssignmentListParams,
  signal?: AbortSignal,
): Promise<AssignmentPage> {
  return apiJson<AssignmentPage>(`/stages/${enc(stageId)}/assignments`, {
    query: {
      expertId: params.expertId,
      applicationId: params.applicationId,
      nominationId: params.nominationId,
      status: params.status,
      sort: params.sort,
      page: params.page,
      pageSize: params.pageSize,
    },
    signal,
  });
}

/** Every panel of one application: how many experts it still has after a recusal. */
export function fetchApplicationPanel(
  stageId: string,
  applicationId: string,
  signal?: AbortSignal,
): Promise<AssignmentPage> {
  return apiJson<AssignmentPage>(`/stages/${enc(stageId)}/assignments`, {
    query: { applicationId, page: 1, pageSize: 50 },
    signal,
  });
}

const POOL_PAGE = 500;

/**
 * The whole expert pool, by name. Assignments name experts by ID only, and the pickers search by
 * name; a season's pool is about a thousand people, so two pages at most.
 */
export async function fetchExpertPool(signal?: AbortSignal): Promise<Expert[]> {
  const experts: Expert[] = [];
  for (let page = 1; ; page += 1) {
    const chunk = await apiJson<ExpertPage>('/experts', {
      query: { page, pageSize: POOL_PAGE, sort: 'fullName' },
      signal,
    });
    experts.push(...chunk.items);
    if (chunk.items.length === 0 || experts.length >= chunk.total) return experts;
  }
}

export const APPLICATION_SEARCH_SIZE = 8;

export function searchApplications(
  contestId: string,
  q: string,
  signal?: AbortSignal,
): Promise<ApplicationPage> {
  return apiJson<ApplicationPage>(`/contests/${enc(contestId)}/applications`, {
    query: { q, page: 1, pageSize: APPLICATION_SEARCH_SIZE, sort: 'id' },
    signal,
  });
}

export function fetchEligibleExperts(
  stageId: string,
  applicationId: string,
  signal?: AbortSignal,
): Promise<EligibleExpertList> {
  return apiJson<EligibleExpertList>(`/stages/${enc(stageId)}/eligible-experts`, {
    query: { applicationId },
    signal,
  });
}

export function createAssignments(stageId: string, pairs: AssignmentPair[]): Promise<AssignResult> {
  return apiJson<AssignResult>(`/stages/${enc(stageId)}/assignments`, {
    method: 'POST',
    body: { pairs },
  });
}

export async function deleteAssignment(assignmentId: string): Promise<void> {
  await apiJson<undefined>(`/assignments/${enc(assignmentId)}`, { method: 'DELETE' });
}

export function previewDistribution(
  stageId: string,
  request: DistributionPreviewRequest,
): Promise<DistributionPreview> {
  return apiJson<DistributionPreview>(`/stages/${enc(stageId)}/distribution/preview`, {
    method: 'POST',
    body: request,
  });
}

export function commitDistribution(stageId: string, previewId: string): Promise<DistributionCommitResult> {
  return apiJson<DistributionCommitResult>(`/stages/${enc(stageId)}/distribution/commit`, {
    method: 'POST',
    body: { previewId },
  });
}
