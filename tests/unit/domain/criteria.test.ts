import { test, expect } from 'vitest';
import {
  descriptorFor,
  isStructuralChange,
  maxTotal,
  minTotal,
  validateCriteriaStructure,
  weightInHundredths,
} from '@/domain/criteria';
import type { CriterionDef } from '@/domain/criteria';

function criterion(id: string, overrides: Partial<CriterionDef> = {}): CriterionDef {
  return {
    id,
    title: `Критерий ${id}`,
    description: 'Описание',
    scaleMin: 0,
    scaleMax: 10,
    weight: 1,
    descriptors: [
      { min: 0, max: 3, text: 'не раскрыто' },
      { min: 4, max: 7, text: 'раскрыто частично' },
      { min: 8, max: 10, text: 'раскрыто полностью' },
    ],
    comment: { mode: 'whenBelowMax', minLength: 20 },
    ...overrides,
  };
}

test('the maximum total is the sum of weight times scale maximum', () => {
  const set = [criterion('a'), criterion('b', { weight: 0.5 }), criterion('c', { weight: 1.5, scaleMax: 5 })];
  expect(maxTotal(set)).toBe(10 + 5 + 7.5);
  expect(minTotal(set)).toBe(0);
});

test('the minimum total uses each scale minimum', () => {
  expect(minTotal([criterion('a', { scaleMin: 1 }), criterion('b', { scaleMin: 2, weight: 0.5 })])).toBe(2);
});

test('ten criteria weighted 0.1 add up to exactly the scale maximum', () => {
  const set = Array.from({ length: 10 }, (_, i) => criterion(`c${i}`, { weight: 0.1 }));
  expect(maxTotal(set)).toBe(10);
});

test('weights are converted to whole hundredths despite binary noise', () => {
  expect(weightInHundredths(0.29)).toBe(29);
  expect(weightInHundredths(1.15)).toBe(115);
});

test('the descriptor is found by inclusive band boundaries', () => {
  const c = criterion('a');
  expect(descriptorFor(c, 0)?.text).toBe('не раскрыто');
  expect(descriptorFor(c, 3)?.text).toBe('не раскрыто');
  expect(descriptorFor(c, 4)?.text).toBe('раскрыто частично');
  expect(descriptorFor(c, 10)?.text).toBe('раскрыто полностью');
});

test('a score with no band or no score at all has no descriptor', () => {
  const c = criterion('a', { descriptors: [{ min: 0, max: 3, text: 'слабо' }] });
  expect(descriptorFor(c, 5)).toBeNull();
  expect(descriptorFor(c, null)).toBeNull();
});

test('a well-formed criteria set has no structural errors', () => {
  expect(
    validateCriteriaStructure([
      criterion('a'),
      criterion('b', { weight: 0.25, scaleMin: 1, scaleMax: 5, descriptors: [] }),
    ]),
  ).toEqual([]);
});

test('an empty criteria set is rejected', () => {
  expect(validateCriteriaStructure([])).toEqual([{ field: 'criteria', code: 'required' }]);
});

test('duplicate and empty ids and empty titles are reported on their fields', () => {
  const errors = validateCriteriaStructure([criterion('a'), criterion('a'), criterion(' ', { title: '  ' })]);
  expect(errors).toEqual([
    { field: 'criteria.1.id', code: 'duplicate' },
    { field: 'criteria.2.id', code: 'required' },
    { field: 'criteria.2.title', code: 'required' },
  ]);
});

test('scales must be whole numbers between 0 and 100 with min below max', () => {
  const errors = validateCriteriaStructure([
    criterion('a', { scaleMin: 0.5, descriptors: [] }),
    criterion('b', { scaleMin: -1, scaleMax: 101, descriptors: [] }),
    criterion('c', { scaleMin: 5, scaleMax: 5, descriptors: [] }),
  ]);
  expect(errors).toEqual([
    { field: 'criteria.0.scaleMin', code: 'notInteger' },
    { field: 'criteria.1.scaleMin', code: 'outOfRange', params: { min: 0, max: 100 } },
    { field: 'criteria.1.scaleMax', code: 'outOfRange', params: { min: 0, max: 100 } },
    { field: 'criteria.2.scaleMax', code: 'rangeInverted', params: { min: 5 } },
  ]);
});

test('a scale of exactly 0 to 100 is allowed', () => {
  expect(
    validateCriteriaStructure([criterion('a', { scaleMin: 0, scaleMax: 100, descriptors: [] })]),
  ).toEqual([]);
});

test('weights must be positive, at most 100 and have at most two decimals', () => {
  const errors = validateCriteriaStructure([
    criterion('a', { weight: 0 }),
    criterion('b', { weight: 100.5 }),
    criterion('c', { weight: 0.125 }),
    criterion('d', { weight: 0.29 }),
    criterion('e', { weight: 100 }),
    criterion('f', { weight: Number.NaN }),
  ]);
  expect(errors).toEqual([
    { field: 'criteria.0.weight', code: 'outOfRange', params: { min: 0.01, max: 100 } },
    { field: 'criteria.1.weight', code: 'outOfRange', params: { min: 0.01, max: 100 } },
    { field: 'criteria.2.weight', code: 'tooManyDecimals', params: { max: 2 } },
    { field: 'criteria.5.weight', code: 'outOfRange', params: { min: 0.01, max: 100 } },
  ]);
});

test('descriptors must lie inside the scale, be ordered and not overlap', () => {
  const errors = validateCriteriaStructure([
    criterion('a', {
      descriptors: [
        { min: 0, max: 4, text: 'слабо' },
        { min: 4, max: 8, text: 'средне' },
        { min: 9, max: 11, text: 'сильно' },
        { min: 7, max: 6, text: 'наоборот' },
        { min: 10, max: 10, text: ' ' },
      ],
    }),
  ]);
  expect(errors).toEqual([
    { field: 'criteria.0.descriptors.1', code: 'descriptorOverlap', params: { with: 0 } },
    { field: 'criteria.0.descriptors.2.max', code: 'outOfRange', params: { min: 0, max: 10 } },
    { field: 'criteria.0.descriptors.3.max', code: 'rangeInverted', params: { min: 7 } },
    { field: 'criteria.0.descriptors.4.text', code: 'required' },
  ]);
});

test('comment minimum length must be a whole number from 0 to 2000', () => {
  const errors = validateCriteriaStructure([
    criterion('a', { comment: { mode: 'always', minLength: 2001 } }),
    criterion('b', { comment: { mode: 'never', minLength: 1.5 } }),
    criterion('c', { comment: { mode: 'always', minLength: 2000 } }),
    criterion('d', { comment: { mode: 'never', minLength: 0 } }),
  ]);
  expect(errors).toEqual([
    { field: 'criteria.0.comment.minLength', code: 'outOfRange', params: { min: 0, max: 2000 } },
    { field: 'criteria.1.comment.minLength', code: 'notInteger' },
  ]);
});

test('wording edits are not structural changes', () => {
  const before = [criterion('a'), criterion('b')];
  const after = before.map((c) => ({
    ...c,
    title: `${c.title} (уточнено)`,
    description: 'Новое описание',
    descriptors: c.descriptors.map((d) => ({ ...d, text: `${d.text}.` })),
  }));
  expect(isStructuralChange(before, after)).toBe(false);
});

test('adding, removing or reordering criteria is structural', () => {
  const a = criterion('a');
  const b = criterion('b');
  expect(isStructuralChange([a, b], [b, a])).toBe(true);
  expect(isStructuralChange([a], [a, b])).toBe(true);
  expect(isStructuralChange([a, b], [a])).toBe(true);
});

test('changing a scale or a weight is structural', () => {
  const a = criterion('a');
  expect(isStructuralChange([a], [{ ...a, scaleMax: 5 }])).toBe(true);
  expect(isStructuralChange([a], [{ ...a, scaleMin: 1 }])).toBe(true);
  expect(isStructuralChange([a], [{ ...a, weight: 1.5 }])).toBe(true);
});

test('changing the comment rule or descriptor bands is structural', () => {
  const a = criterion('a');
  expect(isStructuralChange([a], [{ ...a, comment: { mode: 'always', minLength: 20 } }])).toBe(true);
  expect(isStructuralChange([a], [{ ...a, comment: { mode: 'whenBelowMax', minLength: 50 } }])).toBe(true);
  expect(isStructuralChange([a], [{ ...a, descriptors: [{ min: 0, max: 10, text: 'всё' }] }])).toBe(true);
});
