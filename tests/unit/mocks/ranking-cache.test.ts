import { expect, test } from 'vitest';
import type { RankingQuery } from '@/api/schemas/coordination';
import { compareApplicationIds } from '@/domain/ranking';
import { MockDatabase } from '@mocks/db/database';
import { getRanking } from '@mocks/db/rules/coordination';
import { login } from '@mocks/db/rules/session';
import { sortedRanking, stageAggregates, type RankedApplication } from '@mocks/db/rules/stage-aggregates';

const NOW = new Date('2026-11-21T19:41:35.123Z');
const STAGE = 'st-grant-expert';
const NOMINATION = 'nom-grant-social';

function fresh() {
  const db = MockDatabase.fromPreset('demo', NOW);
  const stage = db.get('stages', STAGE);
  if (stage === undefined) throw new Error('no demo stage');
  return { db, stage };
}

test('a sign-in keeps the stage aggregates, a submitted sheet rebuilds them', () => {
  const { db, stage } = fresh();
  const before = stageAggregates(db, stage);
  login(db, 'coordinator@demo.ru', 'demo');
  expect(stageAggregates(db, stage)).toBe(before);

  const sheet = db.all('sheets').find((s) => s.stageId === STAGE && s.status === 'submitted');
  if (sheet === undefined) throw new Error('no submitted sheet');
  db.update('sheets', sheet.id, { total: (sheet.total ?? 0) + 1 });
  expect(stageAggregates(db, stage)).not.toBe(before);
});

test('a reset replaces the tables and with them the cached aggregates', () => {
  const { db, stage } = fresh();
  const before = stageAggregates(db, stage);
  db.reset('demo', NOW);
  const again = db.get('stages', STAGE);
  if (again === undefined) throw new Error('no demo stage after reset');
  expect(stageAggregates(db, again)).not.toBe(before);
});

/** The plain comparator sort the cached typed-array sort replaced: nulls last, ties in rank order. */
function expected(rows: readonly RankedApplication[], sort: string): string[] {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const value = (r: RankedApplication): number | null =>
    field === 'score' ? r.score : field === 'spread' ? r.spread : r.submittedCount;
  return [...rows]
    .sort((a, b) => {
      if (field === 'id') {
        const byId = compareApplicationIds(a.app.id, b.app.id);
        return (descending ? -byId : byId) || a.position - b.position;
      }
      const x = value(a);
      const y = value(b);
      if (x === null || y === null) return x === y ? a.position - b.position : x === null ? 1 : -1;
      return (descending ? y - x : x - y) || a.position - b.position;
    })
    .map((r) => r.app.id);
}

test('every sort of the ranking matches a plain comparator sort, unknown values last', () => {
  const { db, stage } = fresh();
  const n = stageAggregates(db, stage).nominations.get(NOMINATION);
  if (n === undefined) throw new Error('no demo nomination');
  const ranked = sortedRanking(n, 'mean', 'rank');
  expect(ranked.length).toBeGreaterThan(20);
  for (const sort of [
    'score',
    '-score',
    'spread',
    '-spread',
    'submitted',
    '-submitted',
    'id',
    '-id',
  ] as const) {
    expect(
      sortedRanking(n, 'mean', sort).map((r) => r.app.id),
      sort,
    ).toEqual(expected(ranked, sort));
  }
  expect(sortedRanking(n, 'mean', '-rank').map((r) => r.app.id)).toEqual(
    ranked.map((r) => r.app.id).reverse(),
  );
});

test('a search keeps the requested order and pages through it', () => {
  const { db } = fresh();
  const query = (extra: Partial<RankingQuery>): RankingQuery => ({ page: 1, pageSize: 500, ...extra });
  const all = getRanking(db, STAGE, NOMINATION, query({ sort: '-spread' })).items;
  const divergent = getRanking(db, STAGE, NOMINATION, query({ sort: '-spread', flag: 'divergent' }));
  expect(divergent.total).toBeGreaterThan(0);
  expect(divergent.items.map((r) => r.applicationId)).toEqual(
    all.filter((r) => r.flags.includes('divergent')).map((r) => r.applicationId),
  );
  const second = getRanking(db, STAGE, NOMINATION, { page: 2, pageSize: 5, sort: '-spread' });
  expect(second.items.map((r) => r.applicationId)).toEqual(all.slice(5, 10).map((r) => r.applicationId));
});
