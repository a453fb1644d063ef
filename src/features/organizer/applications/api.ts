import { apiJson } from '@/api/http-client';
import type { ApplicationPage, ScreeningRequest } from '@/api/schemas/application-inputs';
import type { Application } from '@/api/schemas/applications';
import type { ImportCommitResult, ImportPreview, ImportPreviewRequest } from '@/api/schemas/imports';
import type { ApplicationListParams } from './list-params';

const enc = encodeURIComponent;

export function fetchApplications(
  contestId: string,
  params: ApplicationListParams,
  signal?: AbortSignal,
): Promise<ApplicationPage> {
  return apiJson<ApplicationPage>(`/contests/${enc(contestId)}/applications`, {
    query: {
      q: params.q,
      nominationId: params.nominationId,
      screening: params.screening,
      sort: params.sort,
      page: params.page,
      pageSize: params.pageSize,
    },
    signal,
  });
}

/** Checks the parsed rows; the server stores nothing but a handle for the commit. */
export function previewImport(contestId: string, body: ImportPreviewRequest): Promise<ImportPreview> {
  return apiJson<ImportPreview>(`/contests/${enc(contestId)}/applications/import/preview`, {
    method: 'POST',
    body,
  });
}

/** Applies a preview by its handle: the rows are not sent again, so what was previewed is what lands. */
export function commitImport(contestId: string, previewId: string): Promise<ImportCommitResult> {
  return apiJson<ImportCommitResult>(`/contests/${enc(contestId)}/applications/import/commit`, {
    method: 'POST',
    body: { previewId },
  });
}

export function screenApplication(applicationId: string, body: ScreeningRequest): Promise<Application> {
  return apiJson<Application>(`/applications/${enc(applicationId)}/screening`, { method: 'POST', body });
}
