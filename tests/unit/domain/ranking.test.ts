import { test, expect } from 'vitest';
import { compareApplicationIds, rankApplications } from '@/domain/ranking';
import type { RankInputRow, TieBreakRule } from '@/domain/ranking';

const criteriaIds = ['relevance', 'team', 'budget'];

function row(
  applicationId: string,
  score: number | null,
  overrides: Partial<RankInputRow> = {},
): RankInputRow {
  return {
    applicationId,
    score,
    criterionMeans: [5, 5, 5],
    lastSubmittedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

function summary(rows: readonly ReturnType<typeof rankApplications<RankInputRow>>[number][]) {
  return rows.map((r) => [
    r.applicationId,
    r.rank,
    r.tieBreak?.withApplicationId ?? null,
    r.tieBreak?.rule?.kind ?? null,
  ]);
}

test('rows are ordered by score, highest first, with unscored rows last and unranked', () => {
  const ranked = rankApplications(
    [row('1', 50), row('2', null), row('3', 80), row('4', 65)],
    [],
    criteriaIds,
  );
  expect(ranked.map((r) => [r.applicationId, r.rank])).toEqual([
    ['3', 1],
    ['4', 2],
    ['1', 3],
    ['2', null],
  ]);
  expect(ranked.every((r) => r.tieBreak === undefined)).toBe(true);
});

test('exact ties no rule separates share a rank, and the next rank skips', () => {
  const ranked = rankApplications([row('1', 90), row('2', 70), row('3', 70), row('4', 60)], [], criteriaIds);
  expect(summary(ranked)).toEqual([
    ['1', 1, null, null],
    ['2', 2, null, null],
    ['3', 2, '2', null],
    ['4', 4, null, null],
  ]);
  expect(ranked[2]?.tieBreak).toEqual({ withApplicationId: '2', rule: null });
});

test('a priority criterion separates a tie and is named as the reason', () => {
  const rule: TieBreakRule = { kind: 'criterion', criterionId: 'team' };
  const ranked = rankApplications(
    [row('1', 70, { criterionMeans: [9, 4, 5] }), row('2', 70, { criterionMeans: [1, 8, 5] })],
    [rule],
    criteriaIds,
  );
  expect(summary(ranked)).toEqual([
    ['2', 1, null, null],
    ['1', 2, '2', 'criterion'],
  ]);
  expect(ranked[1]?.tieBreak?.rule).toEqual(rule);
});

test('criteria rules apply in order, the first that differs decides', () => {
  const rules: TieBreakRule[] = [
    { kind: 'criterion', criterionId: 'relevance' },
    { kind: 'criterion', criterionId: 'budget' },
  ];
  const ranked = rankApplications(
    [row('1', 70, { criterionMeans: [6, 9, 4] }), row('2', 70, { criterionMeans: [6, 1, 7] })],
    rules,
    criteriaIds,
  );
  expect(ranked.map((r) => r.applicationId)).toEqual(['2', '1']);
  expect(ranked[1]?.tieBreak?.rule).toEqual({ kind: 'criterion', criterionId: 'budget' });
});

test('earlier submission separates a tie the criteria leave open', () => {
  const rules: TieBreakRule[] = [
    { kind: 'criterion', criterionId: 'relevance' },
    { kind: 'earlierSubmission' },
  ];
  const ranked = rankApplications(
    [
      row('1', 70, { lastSubmittedAt: '2025-03-02T09:00:00.000Z' }),
      row('2', 70, { lastSubmittedAt: '2025-03-02T11:00:00+03:00' }),
    ],
    rules,
    criteriaIds,
  );
  // 11:00 Moscow time is 08:00 UTC, an hour before application 1.
  expect(summary(ranked)).toEqual([
    ['2', 1, null, null],
    ['1', 2, '2', 'earlierSubmission'],
  ]);
});

test('a row without a submission time loses the earlier-submission rule', () => {
  const ranked = rankApplications(
    [row('1', 70, { lastSubmittedAt: null }), row('2', 70)],
    [{ kind: 'earlierSubmission' }],
    criteriaIds,
  );
  expect(ranked.map((r) => r.applicationId)).toEqual(['2', '1']);
});

test('ties that fall through every rule are settled by numeric application id', () => {
  const rules: TieBreakRule[] = [
    { kind: 'criterion', criterionId: 'relevance' },
    { kind: 'earlierSubmission' },
    { kind: 'applicationId' },
  ];
  const ranked = rankApplications(
    [row('100', 70), row('99', 70), row('1000', 70), row('5', 80)],
    rules,
    criteriaIds,
  );
  expect(summary(ranked)).toEqual([
    ['5', 1, null, null],
    ['99', 2, null, null],
    ['100', 3, '99', 'applicationId'],
    ['1000', 4, '100', 'applicationId'],
  ]);
});

test('scores equal up to float noise are treated as a tie', () => {
  const ranked = rankApplications(
    [row('2', 0.1 + 0.2, { criterionMeans: [1, 1, 1] }), row('1', 0.3, { criterionMeans: [2, 2, 2] })],
    [{ kind: 'criterion', criterionId: 'relevance' }],
    criteriaIds,
  );
  expect(summary(ranked)).toEqual([
    ['1', 1, null, null],
    ['2', 2, '1', 'criterion'],
  ]);
});

test('a missing criterion mean ranks below a real one', () => {
  const ranked = rankApplications(
    [row('1', 70, { criterionMeans: [null, null, null] }), row('2', 70, { criterionMeans: [0, 0, 0] })],
    [{ kind: 'criterion', criterionId: 'relevance' }],
    criteriaIds,
  );
  expect(ranked.map((r) => r.applicationId)).toEqual(['2', '1']);
});

test('unscored rows are ordered by the rules but never ranked or explained', () => {
  const ranked = rankApplications(
    [row('20', null), row('3', null)],
    [{ kind: 'applicationId' }],
    criteriaIds,
  );
  expect(summary(ranked)).toEqual([
    ['3', null, null, null],
    ['20', null, null, null],
  ]);
});

test('extra fields of the rows are kept', () => {
  const ranked = rankApplications([{ ...row('1', 10), title: 'Добрая семья' }], [], criteriaIds);
  expect(ranked[0]).toMatchObject({ title: 'Добрая семья', rank: 1 });
});

test('a rule naming an unknown criterion is a configuration error', () => {
  expect(() =>
    rankApplications([row('1', 1)], [{ kind: 'criterion', criterionId: 'ghost' }], criteriaIds),
  ).toThrow(RangeError);
});

test('application ids compare as numbers of any length', () => {
  expect(compareApplicationIds('99', '100')).toBeLessThan(0);
  expect(compareApplicationIds('12345678901234567890', '9')).toBeGreaterThan(0);
  expect(compareApplicationIds('12345678901234567891', '12345678901234567890')).toBeGreaterThan(0);
  expect(compareApplicationIds('42', '42')).toBe(0);
  expect(compareApplicationIds('042', '42')).not.toBe(0);
});

test('ids too long for a number or with leading zeros still order numerically', () => {
  const ranked = rankApplications(
    [row('12345678901234567890', 70), row('9', 70), row('042', 70), row('100', 70)],
    [{ kind: 'applicationId' }],
    criteriaIds,
  );
  expect(ranked.map((r) => [r.applicationId, r.rank])).toEqual([
    ['9', 1],
    ['042', 2],
    ['100', 3],
    ['12345678901234567890', 4],
  ]);
});

test('without any tie the rules are not needed and nothing is explained', () => {
  const ranked = rankApplications([row('1', 10), row('2', 20)], [{ kind: 'earlierSubmission' }], criteriaIds);
  expect(summary(ranked)).toEqual([
    ['2', 1, null, null],
    ['1', 2, null, null],
  ]);
});
