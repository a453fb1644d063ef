import type { AggregationInput, AggregationMethod } from './aggregation';
import { rankOrder } from './ranking';
import type { TieBreakRule } from './ranking';
import { accumulateStage, buildAggregates, groupPerSheet } from './stage-accumulation';
import { normalisedTotals } from './z-score';

export interface MethodComparisonRow {
  applicationId: string;
  submittedCount: number;
  scores: Record<AggregationMethod, number | null>;
  /** Competition rank under each method; null when the application has no score. */
  ranks: Record<AggregationMethod, number | null>;
}

export interface MethodComparisonInput extends Omit<AggregationInput, 'method'> {
  /** The contest's tie-break rules, so each column ranks exactly as the official ranking would. */
  tieBreak?: { rules: readonly TieBreakRule[]; criteriaIds: readonly string[] };
}

/** Rows in the aggregation's order (applicationIds when given); the sheets are read only once. */
export function compareMethods(input: MethodComparisonInput): MethodComparisonRow[] {
  const acc = accumulateStage(input.sheets, input.criterionCount, input.applicationIds);
  const normalised = groupPerSheet(acc, normalisedTotals(input.sheets, input.expertStats, input.panel));
  const rules = input.tieBreak?.rules ?? [];
  const criteriaIds = input.tieBreak?.criteriaIds ?? [];
  const n = acc.applicationIds.length;
  const column = (method: AggregationMethod) => {
    const rows =
      method === 'zScore'
        ? buildAggregates(acc, normalised, 'mean')
        : buildAggregates(acc, acc.totals, method);
    const { order, ranks } = rankOrder(rows, rules, criteriaIds, { explain: false });
    const rankOfRow = new Array<number | null>(n);
    for (let p = 0; p < n; p++) rankOfRow[order[p] ?? 0] = ranks[p] ?? null;
    return { rows, rankOfRow };
  };
  const mean = column('mean');
  const median = column('median');
  const closestPair = column('closestPair');
  const zScore = column('zScore');
  const result: MethodComparisonRow[] = new Array<MethodComparisonRow>(n);
  for (let a = 0; a < n; a++) {
    result[a] = {
      applicationId: acc.applicationIds[a] ?? '',
      submittedCount: (acc.offsets[a + 1] ?? 0) - (acc.offsets[a] ?? 0),
      scores: {
        mean: mean.rows[a]?.score ?? null,
        median: median.rows[a]?.score ?? null,
        closestPair: closestPair.rows[a]?.score ?? null,
        zScore: zScore.rows[a]?.score ?? null,
      },
      ranks: {
        mean: mean.rankOfRow[a] ?? null,
        median: median.rankOfRow[a] ?? null,
        closestPair: closestPair.rankOfRow[a] ?? null,
        zScore: zScore.rankOfRow[a] ?? null,
      },
    };
  }
  return result;
}
