import { test, expect } from 'vitest';
import { aggregate, aggregateApplications } from '@/domain/aggregation';
import type { SubmittedSheet } from '@/domain/aggregation';
import { rankApplications } from '@/domain/ranking';
import type { TieBreakRule } from '@/domain/ranking';
import { sheetTotal } from '@/domain/totals';
import { maxTotal } from '@/domain/criteria';
import type { CriterionDef } from '@/domain/criteria';
import { Rng } from '@mocks/db/seed/random';

const APPLICATIONS = 40_000;
const SHEETS_PER_APPLICATION = 3;
const EXPERTS = 1_000;
const WEIGHTS = [1, 1, 1.5, 0.5, 1, 1, 2, 1, 0.5, 0.1];

const criteria: CriterionDef[] = WEIGHTS.map((weight, i) => ({
  id: `c${i}`,
  title: `Критерий ${i + 1}`,
  description: '',
  scaleMin: 0,
  scaleMax: 10,
  weight,
  descriptors: [],
  comment: { mode: 'whenBelowMax', minLength: 0 },
}));
const criteriaIds = criteria.map((c) => c.id);

// Planted rows: three perfect applications tied on everything but the id, so the top of the ranking
// is known exactly, including the numeric id comparison ('77' < '777' < '40000').
const PERFECT = new Set(['77', '777', '40000']);

function buildSeason(): SubmittedSheet[] {
  const rng = new Rng('season-scale-test');
  const random = () => rng.next();
  const sheets: SubmittedSheet[] = [];
  // Rounds interleave applications, as sheets arrive in the real stage, so grouping is exercised.
  for (let round = 0; round < SHEETS_PER_APPLICATION; round++) {
    for (let a = 1; a <= APPLICATIONS; a++) {
      const applicationId = String(a);
      const perfect = PERFECT.has(applicationId);
      const criterionScores = criteria.map(() => (perfect ? 10 : Math.floor(random() * 11)));
      const scores = Object.fromEntries(criteriaIds.map((id, i) => [id, criterionScores[i] ?? null]));
      const minute = perfect ? 0 : Math.floor(random() * 60 * 24 * 20);
      sheets.push({
        applicationId,
        expertId: `e${(a * 7 + round * 331) % EXPERTS}`,
        total: sheetTotal(scores, criteria).total,
        criterionScores,
        submittedAt: new Date(Date.UTC(2025, 2, 1) + minute * 60_000).toISOString(),
      });
    }
  }
  return sheets;
}

test('a full season of 40,000 applications aggregates and ranks correctly', () => {
  const sheets = buildSeason();
  expect(sheets).toHaveLength(APPLICATIONS * SHEETS_PER_APPLICATION);

  const rows = aggregateApplications({ sheets, method: 'mean', criterionCount: criteria.length });
  expect(rows).toHaveLength(APPLICATIONS);

  for (const probe of ['1', '12345', '29999', '39999']) {
    const own = sheets.filter((s) => s.applicationId === probe);
    const row = rows.find((r) => r.applicationId === probe);
    const totals = own.map((s) => s.total);
    expect(row?.submittedCount).toBe(3);
    expect(row?.score).toBeCloseTo(aggregate(totals, 'mean') ?? NaN, 9);
    expect(row?.spread).toBeCloseTo(Math.max(...totals) - Math.min(...totals), 9);
    expect(row?.lastSubmittedAt).toBe(
      own
        .map((s) => s.submittedAt)
        .sort()
        .at(-1),
    );
    criteria.forEach((_, c) => {
      const mean = own.reduce((sum, s) => sum + (s.criterionScores[c] ?? 0), 0) / own.length;
      expect(row?.criterionMeans[c]).toBeCloseTo(mean, 9);
    });
  }

  const rules: TieBreakRule[] = [
    { kind: 'criterion', criterionId: 'c6' },
    { kind: 'earlierSubmission' },
    { kind: 'applicationId' },
  ];
  const ranked = rankApplications(rows, rules, criteriaIds);
  expect(ranked).toHaveLength(APPLICATIONS);
  expect(
    ranked.slice(0, 3).map((r) => [r.applicationId, r.rank, r.score, r.tieBreak?.rule?.kind ?? null]),
  ).toEqual([
    ['77', 1, 96, null],
    ['777', 2, 96, 'applicationId'],
    ['40000', 3, 96, 'applicationId'],
  ]);
  expect(maxTotal(criteria)).toBe(96);
  expect(ranked[3]?.score).toBeLessThan(96);

  let misordered = 0;
  for (let p = 1; p < ranked.length; p++) {
    const above = ranked[p - 1];
    const below = ranked[p];
    if ((below?.score ?? -Infinity) > (above?.score ?? Infinity) + 1e-9) misordered++;
    // The id rule separates every pair, so ranks strictly increase.
    if ((below?.rank ?? 0) <= (above?.rank ?? 0)) misordered++;
  }
  expect(misordered).toBe(0);

  const medianRows = aggregateApplications({
    sheets,
    method: 'median',
    criterionCount: criteria.length,
    applicationIds: ['4242'],
  });
  const own = sheets
    .filter((s) => s.applicationId === '4242')
    .map((s) => s.total)
    .sort((x, y) => x - y);
  expect(medianRows[0]?.score).toBe(own[1]);
});
