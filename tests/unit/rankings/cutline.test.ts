import { describe, expect, test } from 'vitest';
import { dividerIndex, parseScenario, scenarioCode, sumRoubles } from '@/features/rankings/cutline';
import { parseRankingSearch, rankingSearchOf } from '@/features/rankings/ranking-params';

describe('scenario codes', () => {
  test('round-trip passing scores and winner counts', () => {
    expect(parseScenario('p70')).toEqual({ kind: 'score', value: 70 });
    expect(parseScenario('p57.5')).toEqual({ kind: 'score', value: 57.5 });
    expect(parseScenario('w25')).toEqual({ kind: 'winners', value: 25 });
    expect(scenarioCode({ kind: 'score', value: 57.5 })).toBe('p57.5');
  });
  test('reject anything else, including fractional winners and negatives', () => {
    for (const code of ['', 'x1', 'w2.5', 'p-1', 'p', 'w1e3', 'p70;drop'])
      expect(parseScenario(code)).toBeNull();
  });
});

describe('sumRoubles', () => {
  test('adds kopecks exactly where floating point drifts', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumRoubles([0.1, 0.2])).toBe(0.3);
    expect(sumRoubles(Array.from({ length: 40_000 }, () => 1234567.89))).toBe(49382715600);
    expect(sumRoubles([])).toBe(0);
  });
});

describe('dividerIndex', () => {
  test('sits after the winners in rank order and before them reversed', () => {
    expect(dividerIndex(25, 48, 'rank', false)).toBe(25);
    expect(dividerIndex(25, 48, '-rank', false)).toBe(23);
  });
  test('is not drawn when it would not separate anything or the view is not in rank order', () => {
    expect(dividerIndex(0, 48, 'rank', false)).toBeNull();
    expect(dividerIndex(48, 48, 'rank', false)).toBeNull();
    expect(dividerIndex(10, 48, '-score', false)).toBeNull();
    expect(dividerIndex(10, 48, 'rank', true)).toBeNull();
  });
});

describe('ranking search params', () => {
  test('defaults stay out of the URL and unknown values fall back', () => {
    expect(String(rankingSearchOf(parseRankingSearch(new URLSearchParams())))).toBe('');
    const parsed = parseRankingSearch(
      new URLSearchParams('method=nope&sort=budget&flag=x&line=7&cut=p70&cut=bad'),
    );
    expect(parsed).toMatchObject({ method: null, sort: 'rank', flag: null, line: 0 });
    expect(parsed.scenarios).toEqual([{ kind: 'score', value: 70 }]);
  });
  test('round-trips a full view', () => {
    const search =
      'method=median&sort=-score&q=%D0%B4%D0%BE%D0%BC&flag=tied&tab=compare&cut=p70&cut=w25&line=1&cpage=3';
    expect(String(rankingSearchOf(parseRankingSearch(new URLSearchParams(search))))).toBe(search);
  });
});
