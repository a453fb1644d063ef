import { test, expect } from 'vitest';
import { buildExpertStats, describeTotals, normaliseTotal, zScoreNormalise } from '@/domain/z-score';
import { aggregateApplications } from '@/domain/aggregation';
import type { SubmittedSheet } from '@/domain/aggregation';

function sheet(applicationId: string, expertId: string, total: number): SubmittedSheet {
  return { applicationId, expertId, total, criterionScores: [], submittedAt: '2025-03-01T10:00:00.000Z' };
}

test('expert statistics are the mean and population deviation of their own totals', () => {
  const stats = buildExpertStats([
    { expertId: 'strict', total: 40 },
    { expertId: 'strict', total: 60 },
    { expertId: 'generous', total: 90 },
  ]);
  expect(stats.get('strict')).toEqual({ mean: 50, sd: 10, n: 2 });
  expect(stats.get('generous')).toEqual({ mean: 90, sd: 0, n: 1 });
});

test('identical totals give an sd of exactly zero despite decimals', () => {
  const stats = buildExpertStats(Array.from({ length: 7 }, () => ({ expertId: 'flat', total: 7.3 })));
  expect(stats.get('flat')?.sd).toBe(0);
});

test('a total is mapped from the expert scale to the panel scale', () => {
  const panel = { mean: 70, sd: 5 };
  expect(normaliseTotal(60, { mean: 50, sd: 10, n: 4 }, panel)).toBe(75);
  expect(normaliseTotal(40, { mean: 50, sd: 10, n: 4 }, panel)).toBe(65);
});

test('an expert with sd 0, a single sheet or no statistics keeps raw totals', () => {
  const panel = { mean: 70, sd: 5 };
  expect(normaliseTotal(60, { mean: 60, sd: 0, n: 5 }, panel)).toBe(60);
  expect(normaliseTotal(60, { mean: 60, sd: 3, n: 1 }, panel)).toBe(60);
  expect(normaliseTotal(60, undefined, panel)).toBe(60);
});

test('z-score normalisation evens out a strict and a generous expert', () => {
  const sheets = [
    { expertId: 'strict', total: 30 },
    { expertId: 'strict', total: 50 },
    { expertId: 'generous', total: 70 },
    { expertId: 'generous', total: 90 },
  ];
  const stats = buildExpertStats(sheets);
  const panel = describeTotals(sheets.map((s) => s.total));
  const normalised = zScoreNormalise(sheets, stats, panel);
  expect(normalised[0]).toBeCloseTo(normalised[2] ?? NaN, 12);
  expect(normalised[1]).toBeCloseTo(normalised[3] ?? NaN, 12);
});

test('an expert who is the whole panel keeps their own totals', () => {
  const sheets = [sheet('1', 'solo', 40), sheet('2', 'solo', 55), sheet('3', 'solo', 85)];
  const rows = aggregateApplications({ sheets, method: 'zScore', criterionCount: 0 });
  expect(rows.map((r) => r.score)).toEqual([
    expect.closeTo(40, 10),
    expect.closeTo(55, 10),
    expect.closeTo(85, 10),
  ]);
});

test('the z-score application score is the mean of its normalised totals', () => {
  const sheets = [
    sheet('1', 'strict', 30),
    sheet('2', 'strict', 50),
    sheet('1', 'generous', 90),
    sheet('2', 'generous', 70),
  ];
  const panel = { mean: 60, sd: 20 };
  const rows = aggregateApplications({ sheets, method: 'zScore', criterionCount: 0, panel });
  // strict: mean 40, sd 10 → 30 ↦ 40, 50 ↦ 80; generous: mean 80, sd 10 → 90 ↦ 80, 70 ↦ 40.
  expect(rows.map((r) => r.score)).toEqual([60, 60]);
});

test('an expert whose totals are all equal contributes raw totals to the z-score mean', () => {
  const sheets = [sheet('1', 'flat', 50), sheet('2', 'flat', 50), sheet('1', 'a', 20), sheet('2', 'a', 40)];
  const rows = aggregateApplications({
    sheets,
    method: 'zScore',
    criterionCount: 0,
    panel: { mean: 50, sd: 10 },
  });
  // a: mean 30, sd 10 → 20 ↦ 40, 40 ↦ 60; flat stays 50.
  expect(rows.map((r) => r.score)).toEqual([45, 55]);
});

test('precomputed expert statistics from the whole stage are honoured', () => {
  const stats = new Map([['e1', { mean: 50, sd: 10, n: 30 }]]);
  const rows = aggregateApplications({
    sheets: [sheet('1', 'e1', 70)],
    method: 'zScore',
    criterionCount: 0,
    expertStats: stats,
    panel: { mean: 60, sd: 4 },
  });
  expect(rows[0]?.score).toBe(68);
});
