import type { AdvanceRequest } from '@/api/schemas/contest-inputs';

/** The contract's cap on one shortlist. */
export const MAX_SHORTLIST = 50000;

export interface AdvanceDraft {
  targetStageId: string;
  mode: 'top' | 'list';
  topN: string;
  nominationId: string;
  ids: string;
}

/** Application IDs as pasted from a spreadsheet or an e-mail: any mix of commas, semicolons, spaces, lines. */
export function parseIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((id) => id !== ''))];
}

export function parseTopN(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

export type AdvanceProblem = 'topN' | 'idsRequired' | 'idsTooMany';

export function draftProblem(draft: AdvanceDraft): AdvanceProblem | null {
  if (draft.mode === 'top') return parseTopN(draft.topN) === null ? 'topN' : null;
  const ids = parseIds(draft.ids);
  if (ids.length === 0) return 'idsRequired';
  return ids.length > MAX_SHORTLIST ? 'idsTooMany' : null;
}

/** The strict body the server expects: exactly one of `topN` or `applicationIds`. */
export function toRequest(draft: AdvanceDraft): AdvanceRequest | null {
  if (draftProblem(draft) !== null) return null;
  if (draft.mode === 'list')
    return { targetStageId: draft.targetStageId, applicationIds: parseIds(draft.ids) };
  const topN = parseTopN(draft.topN);
  if (topN === null) return null;
  return draft.nominationId === ''
    ? { targetStageId: draft.targetStageId, topN }
    : { targetStageId: draft.targetStageId, topN, nominationId: draft.nominationId };
}

/** Which pasted IDs the server refused: its field errors point at list positions (`applicationIds.3`). */
export function refusedIds(request: AdvanceRequest, fields: readonly string[]): string[] {
  if (!('applicationIds' in request)) return [];
  return fields.flatMap((field) => {
    const match = /^applicationIds\.(\d+)$/.exec(field);
    const id = match === null ? undefined : request.applicationIds[Number(match[1])];
    return id === undefined ? [] : [id];
  });
}
