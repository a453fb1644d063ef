import { test, expect } from 'vitest';
import { DEFAULT_DIVERGENCE_RULE, detectDivergence, totalSpreadThreshold } from '@/domain/divergence';
import type { DivergenceRule } from '@/domain/divergence';

const byDefault = DEFAULT_DIVERGENCE_RULE;

test('the default rule flags spreads over 30 percent of the maximum with no criterion check', () => {
  expect(DEFAULT_DIVERGENCE_RULE).toEqual({ totalSpreadPercent: 30, criterionSpreadPoints: null });
  expect(totalSpreadThreshold(100, byDefault)).toBe(30);
});

test('no sheets or one sheet are never divergent', () => {
  expect(detectDivergence([], 100, byDefault)).toEqual({ divergent: false, reasons: [] });
  expect(detectDivergence([{ total: 0, criterionScores: [0] }], 100, byDefault)).toEqual({
    divergent: false,
    reasons: [],
  });
});

test('a spread exactly at the threshold does not diverge', () => {
  const sheets = [
    { total: 50, criterionScores: [] },
    { total: 80, criterionScores: [] },
  ];
  expect(detectDivergence(sheets, 100, byDefault).divergent).toBe(false);
});

test('a spread just over the threshold diverges and reports it', () => {
  const sheets = [
    { total: 50, criterionScores: [] },
    { total: 80.01, criterionScores: [] },
    { total: 60, criterionScores: [] },
  ];
  const result = detectDivergence(sheets, 100, byDefault);
  expect(result.divergent).toBe(true);
  expect(result.reasons).toHaveLength(1);
  expect(result.reasons[0]).toMatchObject({ kind: 'total', threshold: 30 });
  expect(result.reasons[0]?.spread).toBeCloseTo(30.01, 9);
});

test('float noise in a spread equal to the threshold is not counted as exceeding it', () => {
  // 9.3 − 6.3 is 3.0000000000000004 in binary; the threshold is 30 % of 10.
  const sheets = [
    { total: 6.3, criterionScores: [] },
    { total: 9.3, criterionScores: [] },
  ];
  expect(detectDivergence(sheets, 10, byDefault).divergent).toBe(false);
});

test('a criterion spread exactly at the point threshold does not diverge, one more point does', () => {
  const rule: DivergenceRule = { totalSpreadPercent: 100, criterionSpreadPoints: 4 };
  const atBoundary = [
    { total: 50, criterionScores: [2, 6, 5] },
    { total: 55, criterionScores: [6, 5, 5] },
  ];
  expect(detectDivergence(atBoundary, 100, rule).divergent).toBe(false);
  const over = [
    { total: 50, criterionScores: [1, 6, 10] },
    { total: 55, criterionScores: [6, 5, 5] },
    { total: 52, criterionScores: [3, 6, 5] },
  ];
  expect(detectDivergence(over, 100, rule).reasons).toEqual([
    { kind: 'criterion', criterionIndex: 0, spread: 5, threshold: 4 },
    { kind: 'criterion', criterionIndex: 2, spread: 5, threshold: 4 },
  ]);
});

test('total and criterion reasons are reported together, total first', () => {
  const rule: DivergenceRule = { totalSpreadPercent: 30, criterionSpreadPoints: 3 };
  const sheets = [
    { total: 20, criterionScores: [0, 2] },
    { total: 90, criterionScores: [10, 9] },
  ];
  expect(detectDivergence(sheets, 100, rule).reasons.map((r) => r.kind)).toEqual([
    'total',
    'criterion',
    'criterion',
  ]);
});

test('a null criterion threshold switches the criterion check off', () => {
  const sheets = [
    { total: 50, criterionScores: [0] },
    { total: 55, criterionScores: [10] },
  ];
  expect(detectDivergence(sheets, 100, byDefault).divergent).toBe(false);
});
