import type { Criterion } from '@/api/schemas/criteria';
import type { Sheet, SheetContent } from '@/api/schemas/sheets';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A structural check for content read back from IndexedDB or a problem body, without zod in the bundle. */
export function isSheetContent(value: unknown): value is SheetContent {
  if (!isRecord(value) || !isRecord(value.scores) || !isRecord(value.comments)) return false;
  const scoresOk = Object.values(value.scores).every((s) => s === null || typeof s === 'number');
  const commentsOk = Object.values(value.comments).every((c) => typeof c === 'string');
  const recommendationOk =
    value.recommendation === null || value.recommendation === 'support' || value.recommendation === 'reject';
  return scoresOk && commentsOk && recommendationOk && typeof value.overallComment === 'string';
}

/** The sheet a 412 carries in `current`; the contract guarantees the fields this does not check. */
export function asSheet(value: unknown): Sheet | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.version !== 'number') return null;
  return isSheetContent(value) ? (value as unknown as Sheet) : null;
}

/** A new sheet: every criterion present and empty, so the form never has to guess a default. */
export function emptyContent(criteria: readonly Criterion[]): SheetContent {
  return {
    scores: Object.fromEntries(criteria.map((c) => [c.id, null])),
    comments: Object.fromEntries(criteria.map((c) => [c.id, ''])),
    recommendation: null,
    overallComment: '',
  };
}

/**
 * Lays stored content (a server sheet, a local copy) over the current criteria: the server drops
 * blank comments and may omit unscored criteria, and a copy typed against an older criteria version
 * may name criteria that are gone or scores the new scale cannot hold (the server refuses both).
 */
export function fitToCriteria(content: SheetContent, criteria: readonly Criterion[]): SheetContent {
  const fitted = emptyContent(criteria);
  for (const c of criteria) {
    const score = content.scores[c.id];
    if (typeof score === 'number' && Number.isInteger(score) && score >= c.scaleMin && score <= c.scaleMax) {
      fitted.scores[c.id] = score;
    }
    fitted.comments[c.id] = content.comments[c.id] ?? '';
  }
  return { ...fitted, recommendation: content.recommendation, overallComment: content.overallComment };
}

/** Only what a sheet carries, whatever else the object holds (a full Sheet is a SheetContent too). */
export function pickContent(content: SheetContent): SheetContent {
  return {
    scores: content.scores,
    comments: content.comments,
    recommendation: content.recommendation,
    overallComment: content.overallComment,
  };
}

/**
 * Equal as the server sees them: a missing score is a null one and a blank comment is no comment
 * (the server drops those on save), so a round trip never looks like a change.
 */
export function sameContent(a: SheetContent, b: SheetContent): boolean {
  if (a.recommendation !== b.recommendation || a.overallComment !== b.overallComment) return false;
  for (const id of new Set([...Object.keys(a.scores), ...Object.keys(b.scores)])) {
    if ((a.scores[id] ?? null) !== (b.scores[id] ?? null)) return false;
  }
  const comment = (c: SheetContent, id: string) => {
    const text = c.comments[id] ?? '';
    return text.trim() === '' ? '' : text;
  };
  for (const id of new Set([...Object.keys(a.comments), ...Object.keys(b.comments)])) {
    if (comment(a, id) !== comment(b, id)) return false;
  }
  return true;
}
