import { queryOptions } from '@tanstack/react-query';
import { fetchCalibration, fetchEvaluation, fetchPanel } from './api';

export const evaluationKeys = {
  all: ['evaluation'] as const,
  details: () => [...evaluationKeys.all, 'detail'] as const,
  detail: (assignmentId: string) => [...evaluationKeys.details(), assignmentId] as const,
  panels: () => [...evaluationKeys.all, 'panel'] as const,
  panel: (assignmentId: string) => [...evaluationKeys.panels(), assignmentId] as const,
  calibrations: () => [...evaluationKeys.all, 'calibration'] as const,
  calibration: (stageId: string) => [...evaluationKeys.calibrations(), stageId] as const,
};

/**
 * The draft engine owns the sheet while the page is open and writes every confirmed save back into
 * this entry, so a focus refetch only matters when another tab or device changed something.
 */
export function evaluationQueryOptions(assignmentId: string) {
  return queryOptions({
    queryKey: evaluationKeys.detail(assignmentId),
    queryFn: ({ signal }) => fetchEvaluation(assignmentId, signal),
  });
}

/** Only answers after the expert's own submission, and only if the contest reveals the panel. */
export function panelQueryOptions(assignmentId: string) {
  return queryOptions({
    queryKey: evaluationKeys.panel(assignmentId),
    queryFn: ({ signal }) => fetchPanel(assignmentId, signal),
  });
}

export function calibrationQueryOptions(stageId: string) {
  return queryOptions({
    queryKey: evaluationKeys.calibration(stageId),
    queryFn: ({ signal }) => fetchCalibration(stageId, signal),
  });
}
