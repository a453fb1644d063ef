import { toEpochMs } from './deadlines';
import { denseRanks, denseRanksBy, stableOrderBy } from './sort-keys';

export type TieBreakRule =
  { kind: 'criterion'; criterionId: string } | { kind: 'earlierSubmission' } | { kind: 'applicationId' };

export interface RankInputRow {
  /** The applicant platform's digit string; compared numerically ('99' before '100'). */
  applicationId: string;
  score: number | null;
  /** In criteria order, aligned with `criteriaIds`. */
  criterionMeans: readonly (number | null)[];
  /** Compared by the earlierSubmission rule; the caller decides which moment it stands for. */
  lastSubmittedAt: string | null;
}

export interface TieBreakExplanation {
  /** The row directly above, which had the same score. */
  withApplicationId: string;
  /** The first rule that ordered the pair; null when none did and they share a rank. */
  rule: TieBreakRule | null;
}

export type RankedRow<T extends RankInputRow> = T & {
  /** Competition ranking (1, 2, 2, 4); null for applications without a score. */
  rank: number | null;
  tieBreak?: TieBreakExplanation;
};

export interface RankOrder {
  /** Row indices, best first. */
  order: Int32Array;
  /** By position in `order`. */
  ranks: (number | null)[];
  tieBreaks: (TieBreakExplanation | undefined)[];
}

/** Means of a few totals differ in the last bits depending on summation order; that is not a real difference. */
export const SCORE_EPSILON = 1e-9;

const DIGITS = /^\d+$/;

/** Numeric for digit strings of any length; leading zeros only break exact ties, so the order stays total. */
export function compareApplicationIds(a: string, b: string): number {
  if (DIGITS.test(a) && DIGITS.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders rows by score (desc, unscored last), then by the tie-break rules in order, then by input
 * position, and explains every pair tied on score. Scores (and criterion means) within
 * SCORE_EPSILON count as equal. Each key becomes a dense rank and the order is built by stable
 * counting sorts from the least significant key up, so no comparator runs per pair.
 * A rule naming a criterion that is not in `criteriaIds` is a configuration error and throws.
 */
export function rankOrder(
  rows: readonly RankInputRow[],
  rules: readonly TieBreakRule[],
  criteriaIds: readonly string[],
  options: { explain: boolean } = { explain: true },
): RankOrder {
  for (const rule of rules) {
    if (rule.kind === 'criterion' && !criteriaIds.includes(rule.criterionId)) {
      throw new RangeError(`Tie-break criterion ${rule.criterionId} is not in the criteria set`);
    }
  }
  const n = rows.length;
  // Every key ascends towards the better row: negated scores and means, epoch ms, numeric ids;
  // +Infinity for whatever is missing, so it sorts last (and marks unscored rows below).
  const scoreKey = new Float64Array(n);
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    ids[i] = row?.applicationId ?? '';
    const score = row?.score ?? null;
    scoreKey[i] = score === null ? Infinity : -score;
  }
  const byScore = denseRanks(scoreKey, SCORE_EPSILON);
  // With no tie on score the rules cannot change anything; skip extracting their keys.
  const ruleRanks = byScore.count === n ? [] : rules.map((rule) => ruleRank(rule, rows, ids, criteriaIds));

  let order: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let r = ruleRanks.length - 1; r >= 0; r--) {
    const keyed = ruleRanks[r];
    if (keyed !== undefined) order = stableOrderBy(order, keyed.rank, keyed.count);
  }
  order = stableOrderBy(order, byScore.rank, byScore.count);

  const ranks: (number | null)[] = new Array<number | null>(n);
  const tieBreaks: (TieBreakExplanation | undefined)[] = new Array<TieBreakExplanation | undefined>(n);
  for (let p = 0; p < n; p++) {
    const cur = order[p] ?? 0;
    if (scoreKey[cur] === Infinity) {
      ranks[p] = null;
      continue;
    }
    const prev = order[p - 1] ?? -1;
    if (p === 0 || byScore.rank[prev] !== byScore.rank[cur]) {
      ranks[p] = p + 1;
      continue;
    }
    let separating = -1;
    for (let r = 0; r < ruleRanks.length && separating < 0; r++) {
      const keyed = ruleRanks[r];
      if (keyed !== undefined && keyed.rank[prev] !== keyed.rank[cur]) separating = r;
    }
    ranks[p] = separating < 0 ? (ranks[p - 1] ?? p + 1) : p + 1;
    if (options.explain)
      tieBreaks[p] = { withApplicationId: ids[prev] ?? '', rule: rules[separating] ?? null };
  }
  return { order, ranks, tieBreaks };
}

function ruleRank(
  rule: TieBreakRule,
  rows: readonly RankInputRow[],
  ids: readonly string[],
  criteriaIds: readonly string[],
): { rank: Int32Array; count: number } {
  const n = rows.length;
  const key = new Float64Array(n);
  if (rule.kind === 'criterion') {
    const c = criteriaIds.indexOf(rule.criterionId);
    for (let i = 0; i < n; i++) {
      const mean = rows[i]?.criterionMeans[c] ?? null;
      key[i] = mean === null ? Infinity : -mean;
    }
    return denseRanks(key, SCORE_EPSILON);
  }
  if (rule.kind === 'earlierSubmission') {
    for (let i = 0; i < n; i++) {
      const at = rows[i]?.lastSubmittedAt ?? null;
      key[i] = at === null ? Infinity : toEpochMs(at);
    }
    return denseRanks(key, 0);
  }
  for (let i = 0; i < n; i++) {
    const value = canonicalIdNumber(ids[i] ?? '');
    if (value < 0) return denseRanksBy(ids, compareApplicationIds);
    key[i] = value;
  }
  return denseRanks(key, 0);
}

/**
 * The id's numeric value when the double holds it exactly and no other id can share it (up to 15
 * digits, no leading zero); −1 otherwise, which sends the ranking to the string comparison.
 */
function canonicalIdNumber(id: string): number {
  const len = id.length;
  if (len === 0 || len > 15 || (len > 1 && id.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let k = 0; k < len; k++) {
    const d = id.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

export function rankApplications<T extends RankInputRow>(
  rows: readonly T[],
  rules: readonly TieBreakRule[],
  criteriaIds: readonly string[],
): RankedRow<T>[] {
  const { order, ranks, tieBreaks } = rankOrder(rows, rules, criteriaIds);
  const out: RankedRow<T>[] = new Array<RankedRow<T>>(order.length);
  for (let p = 0; p < order.length; p++) {
    const row = rows[order[p] ?? 0];
    if (row === undefined) continue;
    const tieBreak = tieBreaks[p];
    const rank = ranks[p] ?? null;
    out[p] = tieBreak === undefined ? { ...row, rank } : { ...row, rank, tieBreak };
  }
  return out;
}
