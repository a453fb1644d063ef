import { apiJson } from '@/api/http-client';
import type { Application } from '@/api/schemas/applications';
import type { AssignmentPage } from '@/api/schemas/assignments';
import type { Page } from '@/api/schemas/common';
import type {
  DivergencePage,
  EligibleExpertList,
  ProgressPage,
  QualitySignalKind,
  QualitySignalList,
  ReminderResult,
  SheetHistory,
  SideBySide,
} from '@/api/schemas/coordination';
import type { StageList } from '@/api/schemas/contest-inputs';
import type { Contest, Stage } from '@/api/schemas/contests';
import type { Expert } from '@/api/schemas/experts';
import type { Assignment, Sheet } from '@/api/schemas/sheets';
import type { ProgressParams } from './progress-params';

const enc = encodeURIComponent;

export interface ContestStages {
  contest: Contest;
  stages: Stage[];
}

/** Every contest with its stages, for the coordinator home. A season has a handful of contests. */
export async function fetchStageDirectory(signal?: AbortSignal): Promise<ContestStages[]> {
  const contests = await apiJson<Page<Contest>>('/contests', {
    query: { page: 1, pageSize: 100, sort: 'title' },
    signal,
  });
  return Promise.all(
    contests.items.map(async (contest) => {
      const { items } = await apiJson<StageList>(`/contests/${enc(contest.id)}/stages`, { signal });
      return { contest, stages: items };
    }),
  );
}

/** One stage with its contest: what every page of the stage's area titles itself with. */
export function fetchProgress(stageId: string, params: ProgressParams, signal?: AbortSignal) {
  const { by, sort, page, pageSize } = params;
  return apiJson<ProgressPage>(`/stages/${enc(stageId)}/progress`, {
    query: { by, sort, page, pageSize },
    signal,
  });
}

/** `expertIds` null reminds everyone with unfinished work in the stage. */
export function sendReminders(stageId: string, expertIds: string[] | null): Promise<ReminderResult> {
  return apiJson<ReminderResult>(`/stages/${enc(stageId)}/reminders`, {
    method: 'POST',
    body: { expertIds },
  });
}

export interface DivergenceParams {
  nominationId: string | undefined;
  page: number;
  pageSize: number;
}

export function fetchDivergences(stageId: string, params: DivergenceParams, signal?: AbortSignal) {
  return apiJson<DivergencePage>(`/stages/${enc(stageId)}/divergences`, {
    query: { nominationId: params.nominationId, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

export function fetchSideBySide(stageId: string, applicationId: string, signal?: AbortSignal) {
  return apiJson<SideBySide>(`/stages/${enc(stageId)}/applications/${enc(applicationId)}/sheets`, { signal });
}

/** Every assignment of one application, so experts who have not opened it yet show as pending. */
export function fetchApplicationAssignments(stageId: string, applicationId: string, signal?: AbortSignal) {
  return apiJson<AssignmentPage>(`/stages/${enc(stageId)}/assignments`, {
    query: { applicationId, page: 1, pageSize: 50 },
    signal,
  });
}

export function fetchApplication(applicationId: string, signal?: AbortSignal): Promise<Application> {
  return apiJson<Application>(`/applications/${enc(applicationId)}`, { signal });
}

export function fetchExpert(expertId: string, signal?: AbortSignal): Promise<Expert> {
  return apiJson<Expert>(`/experts/${enc(expertId)}`, { signal });
}

export function fetchEligibleExperts(stageId: string, applicationId: string, signal?: AbortSignal) {
  return apiJson<EligibleExpertList>(`/stages/${enc(stageId)}/eligible-experts`, {
    query: { applicationId },
    signal,
  });
}

/** Without `expertId` the server picks the eligible expert with the most spare capacity. */
export function assignExtraExpert(stageId: string, applicationId: string, expertId: string | null) {
  return apiJson<Assignment>(`/stages/${enc(stageId)}/applications/${enc(applicationId)}/extra-expert`, {
    method: 'POST',
    body: expertId === null ? {} : { expertId },
  });
}

export function returnSheet(sheetId: string, reason: string): Promise<Sheet> {
  return apiJson<Sheet>(`/sheets/${enc(sheetId)}/return`, { method: 'POST', body: { reason } });
}

export function fetchSheetHistory(sheetId: string, signal?: AbortSignal): Promise<SheetHistory> {
  return apiJson<SheetHistory>(`/sheets/${enc(sheetId)}/history`, { signal });
}

export function fetchQualitySignals(
  stageId: string,
  kind: QualitySignalKind | undefined,
  signal?: AbortSignal,
): Promise<QualitySignalList> {
  return apiJson<QualitySignalList>(`/stages/${enc(stageId)}/quality-signals`, { query: { kind }, signal });
}
