import { accumulateStage, buildAggregates, groupPerSheet } from './stage-accumulation';
import { reduceRange } from './total-reducers';
import { normalisedTotals } from './z-score';
import type { PanelScale, TotalStats } from './z-score';

export type AggregationMethod = 'mean' | 'median' | 'closestPair' | 'zScore';
/** Methods that need nothing but the application's own totals. */
export type PlainAggregationMethod = Exclude<AggregationMethod, 'zScore'>;

export const AGGREGATION_METHODS: readonly AggregationMethod[] = ['mean', 'median', 'closestPair', 'zScore'];

export interface SubmittedSheet {
  applicationId: string;
  expertId: string;
  total: number;
  /** Scores in criteria order. */
  criterionScores: readonly number[];
  submittedAt: string;
}

export interface AggregationInput {
  /** Submitted sheets only — see submittedOnly; drafts, returned and recused sheets never count. */
  sheets: readonly SubmittedSheet[];
  method: AggregationMethod;
  criterionCount: number;
  /**
   * The rows to report, in this order; applications without sheets get a null score. Sheets of
   * other applications still feed the z-score expert and panel statistics, so a nomination can be
   * ranked while experts are normalised across the whole stage. Omitted: every application that
   * has sheets, in order of first appearance.
   */
  applicationIds?: readonly string[];
  /** Precomputed per-expert statistics for zScore; built from `sheets` when omitted. */
  expertStats?: ReadonlyMap<string, TotalStats>;
  /** The scale zScore maps back to; mean and sd of all `sheets` totals when omitted. */
  panel?: PanelScale;
}

export interface ApplicationAggregate {
  applicationId: string;
  score: number | null;
  submittedCount: number;
  criterionMeans: (number | null)[];
  /** max − min of raw totals: 0 for one sheet, null for none. */
  spread: number | null;
  lastSubmittedAt: string | null;
}

export function submittedOnly<T extends { status: string }>(sheets: readonly T[]): T[] {
  return sheets.filter((s) => s.status === 'submitted');
}

export function aggregate(totals: ArrayLike<number>, method: PlainAggregationMethod): number | null {
  const values = Float64Array.from(totals);
  return reduceRange(values, 0, values.length, method, new Float64Array(values.length));
}

/**
 * The stage hot path: one pass gathers the sheets into typed arrays (stage-accumulation.ts), a
 * second builds the rows; the only per-application allocations are the result rows themselves.
 */
export function aggregateApplications(input: AggregationInput): ApplicationAggregate[] {
  const acc = accumulateStage(input.sheets, input.criterionCount, input.applicationIds);
  if (input.method !== 'zScore') return buildAggregates(acc, acc.totals, input.method);
  const normalised = groupPerSheet(acc, normalisedTotals(input.sheets, input.expertStats, input.panel));
  return buildAggregates(acc, normalised, 'mean');
}
