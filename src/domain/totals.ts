import { weightInHundredths } from './criteria';
import type { CriterionDef } from './criteria';

export interface SheetTotal {
  /** Σ weight × score over the criteria scored so far. */
  total: number;
  /** Σ weight × scaleMax over all criteria. */
  max: number;
  /** total / max × 100, unrounded; 0 when max is 0. */
  percent: number;
  /** Every criterion has a score (a 0 counts as a score). */
  complete: boolean;
  scoredCount: number;
}

/**
 * Sums in integer hundredths (weights have at most two decimals, scores are integers) and divides
 * once, so 0.1 × 10 criteria adds up to exactly the same number however it is ordered. Values stay
 * unrounded; round only when presenting them.
 */
export function sheetTotal(
  scores: Readonly<Record<string, number | null>>,
  criteria: readonly CriterionDef[],
): SheetTotal {
  let totalH = 0;
  let maxH = 0;
  let scoredCount = 0;
  for (const c of criteria) {
    const w = weightInHundredths(c.weight);
    maxH += w * c.scaleMax;
    const score = scores[c.id];
    if (score === null || score === undefined) continue;
    totalH += w * score;
    scoredCount++;
  }
  return {
    total: totalH / 100,
    max: maxH / 100,
    percent: maxH === 0 ? 0 : (totalH * 100) / maxH,
    complete: scoredCount === criteria.length,
    scoredCount,
  };
}

/**
 * Half away from zero at `decimals` places. toPrecision(15) first drops binary noise, so 1.005
 * (stored as 1.00499999…) shows as 1.01, as a person computing by hand expects.
 */
export function roundForDisplay(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  // Avoid handing "-0" to formatters for tiny negative values.
  return rounded === 0 ? 0 : rounded;
}
