import { test, expect } from 'vitest';
import { aggregate, aggregateApplications, submittedOnly } from '@/domain/aggregation';
import type { SubmittedSheet } from '@/domain/aggregation';

function sheet(
  applicationId: string,
  expertId: string,
  total: number,
  overrides: Partial<SubmittedSheet> = {},
): SubmittedSheet {
  return {
    applicationId,
    expertId,
    total,
    criterionScores: [total],
    submittedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

test('only submitted sheets are aggregated; recused, draft and returned ones are filtered out', () => {
  const sheets = [
    { id: '1', status: 'submitted' },
    { id: '2', status: 'recused' },
    { id: '3', status: 'draft' },
    { id: '4', status: 'returned' },
    { id: '5', status: 'submitted' },
  ];
  expect(submittedOnly(sheets).map((s) => s.id)).toEqual(['1', '5']);
});

test('no totals give no score under any method', () => {
  expect(aggregate([], 'mean')).toBeNull();
  expect(aggregate([], 'median')).toBeNull();
  expect(aggregate([], 'closestPair')).toBeNull();
});

test('a single total is the score under every method', () => {
  expect(aggregate([42], 'mean')).toBe(42);
  expect(aggregate([42], 'median')).toBe(42);
  expect(aggregate([42], 'closestPair')).toBe(42);
});

test('the mean averages all totals', () => {
  expect(aggregate([60, 70, 95], 'mean')).toBe(75);
});

test('the median of an odd count is the middle total', () => {
  expect(aggregate([95, 60, 70], 'median')).toBe(70);
});

test('the median of an even count is the mean of the two middle totals', () => {
  expect(aggregate([40, 90, 60, 70], 'median')).toBe(65);
  expect(aggregate([30, 50], 'median')).toBe(40);
});

test('closest pair averages the two totals nearest each other', () => {
  expect(aggregate([60, 70, 95], 'closestPair')).toBe(65);
  expect(aggregate([20, 88, 90], 'closestPair')).toBe(89);
  expect(aggregate([30, 50], 'closestPair')).toBe(40);
});

test('closest pair breaks equally close pairs in favour of the higher mean', () => {
  expect(aggregate([60, 70, 80], 'closestPair')).toBe(75);
  expect(aggregate([10, 20, 50, 60], 'closestPair')).toBe(55);
});

test('closest pair treats gaps equal up to float noise as ties', () => {
  // 7.3 − 6.3 and 8.3 − 7.3 differ in the last bits.
  expect(aggregate([6.3, 7.3, 8.3], 'closestPair')).toBeCloseTo(7.8, 12);
});

test('an application without sheets gets a null score, no spread and null criterion means', () => {
  const rows = aggregateApplications({
    sheets: [sheet('1', 'e1', 50)],
    method: 'mean',
    criterionCount: 2,
    applicationIds: ['1', '2'],
  });
  expect(rows[1]).toEqual({
    applicationId: '2',
    score: null,
    submittedCount: 0,
    criterionMeans: [null, null],
    spread: null,
    lastSubmittedAt: null,
  });
});

test('one sheet has a spread of zero', () => {
  const [row] = aggregateApplications({ sheets: [sheet('1', 'e1', 50)], method: 'mean', criterionCount: 1 });
  expect(row).toMatchObject({ score: 50, submittedCount: 1, spread: 0 });
});

test('zero totals and zero criterion scores count as scores', () => {
  const sheets = [
    sheet('1', 'e1', 0, { criterionScores: [0, 0] }),
    sheet('1', 'e2', 10, { criterionScores: [10, 0] }),
  ];
  const [row] = aggregateApplications({ sheets, method: 'mean', criterionCount: 2 });
  expect(row).toMatchObject({ score: 5, submittedCount: 2, criterionMeans: [5, 0], spread: 10 });
});

test('sheets are grouped per application whatever their order', () => {
  const sheets = [
    sheet('7', 'e1', 60, { criterionScores: [6, 1] }),
    sheet('3', 'e1', 20, { criterionScores: [2, 2] }),
    sheet('7', 'e2', 70, { criterionScores: [7, 3] }),
    sheet('7', 'e3', 95, { criterionScores: [9, 8] }),
  ];
  const rows = aggregateApplications({ sheets, method: 'median', criterionCount: 2 });
  expect(rows.map((r) => r.applicationId)).toEqual(['7', '3']);
  expect(rows[0]).toMatchObject({ score: 70, submittedCount: 3, criterionMeans: [22 / 3, 4], spread: 35 });
  expect(rows[1]).toMatchObject({ score: 20, submittedCount: 1, criterionMeans: [2, 2] });
});

test('applicationIds fix the output rows and their order', () => {
  const sheets = [sheet('1', 'e1', 10), sheet('2', 'e1', 20), sheet('3', 'e1', 30)];
  const rows = aggregateApplications({
    sheets,
    method: 'mean',
    criterionCount: 1,
    applicationIds: ['3', '1'],
  });
  expect(rows.map((r) => [r.applicationId, r.score])).toEqual([
    ['3', 30],
    ['1', 10],
  ]);
});

test('the last submission time is the latest even across time zone offsets', () => {
  const sheets = [
    sheet('1', 'e1', 10, { submittedAt: '2025-03-01T12:00:00+03:00' }),
    sheet('1', 'e2', 10, { submittedAt: '2025-03-01T10:30:00.000Z' }),
    sheet('1', 'e3', 10, { submittedAt: '2025-03-01T10:00:00.000Z' }),
  ];
  const [row] = aggregateApplications({ sheets, method: 'mean', criterionCount: 1 });
  expect(row?.lastSubmittedAt).toBe('2025-03-01T10:30:00.000Z');
});

test('the spread is taken from raw totals even under z-score', () => {
  const sheets = [sheet('1', 'e1', 40), sheet('1', 'e2', 80), sheet('2', 'e1', 60), sheet('2', 'e2', 90)];
  const [row] = aggregateApplications({ sheets, method: 'zScore', criterionCount: 1 });
  expect(row?.spread).toBe(40);
});

test('a criterion missing from a sheet is averaged over the sheets that have it', () => {
  const sheets = [
    sheet('1', 'e1', 10, { criterionScores: [4, 6] }),
    sheet('1', 'e2', 10, { criterionScores: [8] }),
  ];
  const [row] = aggregateApplications({ sheets, method: 'mean', criterionCount: 3 });
  expect(row?.criterionMeans).toEqual([6, 6, null]);
});

test('sheets sorted by application and interleaved sheets aggregate the same', () => {
  const interleaved = [
    sheet('1', 'a', 10),
    sheet('2', 'a', 40),
    sheet('1', 'b', 30),
    sheet('2', 'b', 20),
    sheet('1', 'c', 35),
  ];
  const sorted = [...interleaved].sort((x, y) => x.applicationId.localeCompare(y.applicationId));
  for (const method of ['mean', 'median', 'closestPair', 'zScore'] as const) {
    expect(aggregateApplications({ sheets: sorted, method, criterionCount: 1 })).toEqual(
      aggregateApplications({ sheets: interleaved, method, criterionCount: 1 }),
    );
  }
});
