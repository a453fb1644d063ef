export interface DivergenceRule {
  /** Flag when max − min of totals exceeds this share of the maximum total. */
  totalSpreadPercent: number;
  /** Flag when any criterion's max − min exceeds this many points; null switches the check off. */
  criterionSpreadPoints: number | null;
}

export const DEFAULT_DIVERGENCE_RULE: DivergenceRule = {
  totalSpreadPercent: 30,
  criterionSpreadPoints: null,
};

export type DivergenceReason =
  | { kind: 'total'; spread: number; threshold: number }
  | { kind: 'criterion'; criterionIndex: number; spread: number; threshold: number };

export interface DivergenceResult {
  divergent: boolean;
  reasons: DivergenceReason[];
}

export interface DivergenceSheet {
  total: number;
  /** Scores in criteria order. */
  criterionScores: readonly number[];
}

/**
 * "Exceeds" is strict, and the tolerance keeps a spread of exactly the threshold (9.3 − 6.3 is
 * 3.0000000000000004 in binary) from being flagged. Real spreads move in steps of 0.01.
 */
const SPREAD_EPSILON = 1e-9;

export function totalSpreadThreshold(maxTotal: number, rule: DivergenceRule): number {
  return (maxTotal * rule.totalSpreadPercent) / 100;
}

/** Submitted sheets of one application. With fewer than two there is nothing to diverge from. */
export function detectDivergence(
  sheets: readonly DivergenceSheet[],
  maxTotal: number,
  rule: DivergenceRule,
): DivergenceResult {
  const reasons: DivergenceReason[] = [];
  if (sheets.length < 2) return { divergent: false, reasons };

  let min = Infinity;
  let max = -Infinity;
  let criterionCount = 0;
  for (const s of sheets) {
    if (s.total < min) min = s.total;
    if (s.total > max) max = s.total;
    if (s.criterionScores.length > criterionCount) criterionCount = s.criterionScores.length;
  }
  const threshold = totalSpreadThreshold(maxTotal, rule);
  const spread = max - min;
  if (spread > threshold + SPREAD_EPSILON) reasons.push({ kind: 'total', spread, threshold });

  const points = rule.criterionSpreadPoints;
  if (points !== null) {
    for (let c = 0; c < criterionCount; c++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const s of sheets) {
        const v = s.criterionScores[c];
        if (v === undefined) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      const cSpread = hi - lo;
      if (hi >= lo && cSpread > points + SPREAD_EPSILON) {
        reasons.push({ kind: 'criterion', criterionIndex: c, spread: cSpread, threshold: points });
      }
    }
  }
  return { divergent: reasons.length > 0, reasons };
}
