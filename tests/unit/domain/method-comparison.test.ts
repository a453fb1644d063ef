import { test, expect } from 'vitest';
import { compareMethods } from '@/domain/method-comparison';
import type { SubmittedSheet } from '@/domain/aggregation';

function sheet(applicationId: string, expertId: string, total: number, criterionScore = 0): SubmittedSheet {
  return {
    applicationId,
    expertId,
    total,
    criterionScores: [criterionScore],
    submittedAt: '2025-03-01T10:00:00.000Z',
  };
}

test('each application gets its score and rank under every method', () => {
  const sheets = [
    // Mean favours '1' (one enthusiastic expert), median and closest pair favour '2'.
    sheet('1', 'a', 20),
    sheet('1', 'b', 30),
    sheet('1', 'c', 100),
    sheet('2', 'a', 45),
    sheet('2', 'b', 45),
    sheet('2', 'c', 45),
  ];
  const rows = compareMethods({ sheets, criterionCount: 1, applicationIds: ['1', '2', '3'] });
  expect(rows[0]).toMatchObject({
    applicationId: '1',
    submittedCount: 3,
    scores: { mean: 50, median: 30, closestPair: 25 },
    ranks: { mean: 1, median: 2, closestPair: 2 },
  });
  expect(rows[1]).toMatchObject({
    applicationId: '2',
    scores: { mean: 45, median: 45, closestPair: 45 },
    ranks: { mean: 2, median: 1, closestPair: 1 },
  });
  expect(rows[2]).toEqual({
    applicationId: '3',
    submittedCount: 0,
    scores: { mean: null, median: null, closestPair: null, zScore: null },
    ranks: { mean: null, median: null, closestPair: null, zScore: null },
  });
  expect(rows[0]?.ranks.zScore).toEqual(expect.any(Number));
});

test('ties share a rank unless the contest tie-break rules separate them', () => {
  const sheets = [sheet('10', 'a', 50, 3), sheet('9', 'a', 50, 7)];
  expect(compareMethods({ sheets, criterionCount: 1 }).map((r) => r.ranks.mean)).toEqual([1, 1]);
  const ruled = compareMethods({
    sheets,
    criterionCount: 1,
    tieBreak: { rules: [{ kind: 'criterion', criterionId: 'c1' }], criteriaIds: ['c1'] },
  });
  expect(ruled.map((r) => [r.applicationId, r.ranks.median])).toEqual([
    ['10', 2],
    ['9', 1],
  ]);
});
