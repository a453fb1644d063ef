import { test, expect } from 'vitest';
import { roundForDisplay, sheetTotal } from '@/domain/totals';
import type { CriterionDef } from '@/domain/criteria';

function criterion(id: string, weight = 1, scaleMax = 10): CriterionDef {
  return {
    id,
    title: id,
    description: '',
    scaleMin: 0,
    scaleMax,
    weight,
    descriptors: [],
    comment: { mode: 'never', minLength: 0 },
  };
}

test('the total is the weighted sum with the maximum and percentage', () => {
  const set = [criterion('a'), criterion('b', 0.5), criterion('c', 1.5)];
  expect(sheetTotal({ a: 7, b: 3, c: 9 }, set)).toEqual({
    total: 7 + 1.5 + 13.5,
    max: 30,
    percent: 73.33333333333333,
    complete: true,
    scoredCount: 3,
  });
});

test('unscored criteria are left out of the total and the sheet is incomplete', () => {
  const set = [criterion('a'), criterion('b')];
  expect(sheetTotal({ a: 6, b: null }, set)).toMatchObject({
    total: 6,
    max: 20,
    complete: false,
    scoredCount: 1,
  });
  expect(sheetTotal({}, set)).toMatchObject({ total: 0, complete: false, scoredCount: 0 });
});

test('zero scores are real scores and complete the sheet', () => {
  const set = [criterion('a'), criterion('b')];
  expect(sheetTotal({ a: 0, b: 0 }, set)).toEqual({
    total: 0,
    max: 20,
    percent: 0,
    complete: true,
    scoredCount: 2,
  });
});

test('weights of 0.1 across ten criteria add up without float drift', () => {
  const set = Array.from({ length: 10 }, (_, i) => criterion(`c${i}`, 0.1));
  const full = Object.fromEntries(set.map((c) => [c.id, 10]));
  expect(sheetTotal(full, set)).toMatchObject({ total: 10, max: 10, percent: 100 });
  const sevens = Object.fromEntries(set.map((c) => [c.id, 7]));
  expect(sheetTotal(sevens, set).total).toBe(7);
});

test('scores for criteria outside the set are ignored', () => {
  expect(sheetTotal({ a: 5, ghost: 10 }, [criterion('a')]).total).toBe(5);
});

test('an empty criteria set gives a zero percentage rather than NaN', () => {
  expect(sheetTotal({}, [])).toEqual({ total: 0, max: 0, percent: 0, complete: true, scoredCount: 0 });
});

test('display rounding keeps two decimals and rounds halves away from zero', () => {
  expect(roundForDisplay(1.005)).toBe(1.01);
  expect(roundForDisplay(73.33333333333333)).toBe(73.33);
  expect(roundForDisplay(-2.345)).toBe(-2.35);
  expect(Object.is(roundForDisplay(-0.001), 0)).toBe(true);
});
