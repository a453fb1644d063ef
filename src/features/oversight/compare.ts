import type { SideBySideSheet } from '@/api/schemas/coordination';
import type { SheetContent } from '@/api/schemas/sheets';

export interface Spread {
  min: number;
  max: number;
  spread: number;
}

/** max − min of the given values; null when fewer than two sheets can be compared. */
export function spreadOf(values: readonly (number | null | undefined)[]): Spread | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length < 2) return null;
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  return { min, max, spread: max - min };
}

/** Only submitted sheets count towards a divergence, as in the server's rule; drafts are work in progress. */
export function submittedOnly(sheets: readonly SideBySideSheet[]): SideBySideSheet[] {
  return sheets.filter((s) => s.sheet.status === 'submitted');
}

export interface ContentChange {
  scores: ReadonlySet<string>;
  comments: ReadonlySet<string>;
  recommendation: boolean;
  overallComment: boolean;
}

/** What changed from one version of a sheet to the next; the first version has nothing to compare with. */
export function changesBetween(previous: SheetContent | undefined, current: SheetContent): ContentChange {
  if (previous === undefined) {
    return { scores: new Set(), comments: new Set(), recommendation: false, overallComment: false };
  }
  const ids = new Set([...Object.keys(previous.scores), ...Object.keys(current.scores)]);
  const commentIds = new Set([...Object.keys(previous.comments), ...Object.keys(current.comments)]);
  return {
    scores: new Set([...ids].filter((id) => (previous.scores[id] ?? null) !== (current.scores[id] ?? null))),
    comments: new Set(
      [...commentIds].filter((id) => (previous.comments[id] ?? '') !== (current.comments[id] ?? '')),
    ),
    recommendation: previous.recommendation !== current.recommendation,
    overallComment: previous.overallComment !== current.overallComment,
  };
}
