import { aggregateApplications, type SubmittedSheet } from '@/domain/aggregation';
import { rankApplications, rankOrder, type TieBreakRule } from '@/domain/ranking';
import { median, round1 } from './support';
import { Rng } from '@mocks/db/seed/random';

const APPLICATIONS = 40_000;
const SHEETS_PER_APPLICATION = 3;
const CRITERIA = 10;
const WEIGHTS = [2, 1.5, 0.5, 1, 1.5, 0.5, 0.5, 1, 1, 0.5];

/** 120,000 submitted sheets of ten criteria, arriving interleaved as in a real stage. */
export function syntheticSheets(): SubmittedSheet[] {
  const rng = new Rng('bench-domain-season');
  const random = () => rng.next();
  const sheets: SubmittedSheet[] = [];
  const start = Date.UTC(2025, 2, 1);
  for (let round = 0; round < SHEETS_PER_APPLICATION; round++) {
    for (let a = 1; a <= APPLICATIONS; a++) {
      const criterionScores: number[] = [];
      let total = 0;
      for (let c = 0; c < CRITERIA; c++) {
        const score = Math.floor(random() * 11);
        criterionScores.push(score);
        total += score * (WEIGHTS[c] ?? 1);
      }
      sheets.push({
        applicationId: String(100_000 + a),
        expertId: `e${(a * 7 + round * 331) % 1000}`,
        total,
        criterionScores,
        submittedAt: new Date(start + Math.floor(random() * 28_800) * 60_000).toISOString(),
      });
    }
  }
  return sheets;
}

const RULES: TieBreakRule[] = [
  { kind: 'criterion', criterionId: 'c0' },
  { kind: 'earlierSubmission' },
  { kind: 'applicationId' },
];

/**
 * `domain.aggregate40kMs`: aggregating 40,000 × 3 × 10 sheets by the mean and ranking them with three
 * tie-break rules — `aggregateApplications` then `rankOrder` (order, competition ranks and the
 * explanation of every tied pair), the path the server runs — median of seven timed runs after two
 * warm-ups (a server that has been up a while). `withRowCopiesMs` adds `rankApplications`, which also
 * copies every row into a new ranked object.
 */
export function benchDomain(): { aggregate40kMs: number; runsMs: number[]; withRowCopiesMs: number } {
  const sheets = syntheticSheets();
  const criteriaIds = Array.from({ length: CRITERIA }, (_, c) => `c${c}`);
  const once = (copies: boolean): number => {
    const started = performance.now();
    const rows = aggregateApplications({ sheets, method: 'mean', criterionCount: CRITERIA });
    const count = copies
      ? rankApplications(rows, RULES, criteriaIds).length
      : rankOrder(rows, RULES, criteriaIds).order.length;
    const elapsed = performance.now() - started;
    if (count !== APPLICATIONS) throw new Error(`ranked ${count} rows`);
    return elapsed;
  };
  once(false);
  once(true);
  const runsMs = Array.from({ length: 7 }, () => round1(once(false)));
  const copiesMs = Array.from({ length: 3 }, () => once(true));
  return { aggregate40kMs: round1(median(runsMs)), runsMs, withRowCopiesMs: round1(median(copiesMs)) };
}
