import { describe, expect, test } from 'vitest';
import type { Problem } from '@/api/schemas/common';
import { XLSX_MIME } from '@/api/endpoints/results';
import type { CutlineResult, MethodComparisonPage, RankingPage } from '@/api/schemas/coordination';
import type { ApiClient } from '@tests/integration/api/api-client';
import { useMockApi } from '@tests/integration/api/api-client';
import { users } from '@tests/integration/api/fixture';
import {
  buildCoordinatorFixture,
  COPIED_COMMENT,
  INJECTED_TITLE,
  signIn,
  staff,
} from '@tests/integration/api/staff-fixture';
import { readFirstSheet } from '@tests/xlsx';

const api = useMockApi(buildCoordinatorFixture);
const RANKING = '/stages/stage-1/nominations/nom-1/ranking';

function ids(page: RankingPage): string[] {
  return page.items.map((r) => r.applicationId);
}

/** The export as raw bytes: fetch's text() would silently drop the BOM this test is about. */
async function download(
  client: ApiClient,
  query: string,
): Promise<{ status: number; bytes: Uint8Array; headers: Headers }> {
  const response = await fetch(`${client.baseUrl}/stages/stage-1/nominations/nom-1/export?${query}`, {
    headers: { Cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    credentials: 'omit',
  });
  return {
    status: response.status,
    bytes: new Uint8Array(await response.arrayBuffer()),
    headers: response.headers,
  };
}

describe('ranking', () => {
  test('is aggregated by the official method with flags, criterion means and unscored rows last', async () => {
    const coord = await signIn(staff.coord);
    const { status, body } = await coord.get<RankingPage>(RANKING);
    expect(status).toBe(200);
    expect(body).toMatchObject({ method: 'mean', maxTotal: 30, total: 4 });
    expect(body.criteria.map((c) => c.title)).toEqual([
      'Актуальность',
      'Реализуемость',
      'Обоснованность бюджета',
    ]);
    expect(ids(body)).toEqual(['1002', '1003', '1001', '1004']);
    const [first, , third, last] = body.items;
    expect(first).toMatchObject({ rank: 1, submittedCount: 3, requiredCount: 3, spread: 9, flags: [] });
    expect(first?.score).toBeCloseTo(67 / 3);
    expect(first?.criterionMeans[0]).toBeCloseTo(8);
    expect(third).toMatchObject({ rank: 3, score: 19.5, spread: 15, flags: ['divergent'] });
    expect(last).toMatchObject({ rank: 4, score: null, submittedCount: 0, flags: ['incomplete'] });
    expect(JSON.stringify(body)).not.toContain(COPIED_COMMENT);
  });

  test('sorts, filters, searches and pages on the server', async () => {
    const coord = await signIn(staff.coord);
    const get = async (query: Record<string, string | number>) =>
      (await coord.get<RankingPage>(RANKING, { query })).body;
    expect(ids(await get({ sort: '-spread' }))).toEqual(['1001', '1002', '1003', '1004']);
    expect(ids(await get({ sort: 'score' }))).toEqual(['1001', '1003', '1002', '1004']);
    expect(ids(await get({ sort: '-id' }))).toEqual(['1004', '1003', '1002', '1001']);
    expect(ids(await get({ flag: 'divergent' }))).toEqual(['1001']);
    expect(ids(await get({ flag: 'incomplete' }))).toEqual(['1004']);
    expect(ids(await get({ q: 'экотропа' }))).toEqual(['1003']);
    const page2 = await get({ pageSize: 2, page: 2 });
    expect(page2).toMatchObject({ page: 2, pageSize: 2, total: 4 });
    expect(ids(page2)).toEqual(['1001', '1004']);
    const bad = await coord.get<Problem>(RANKING, { query: { sort: 'budget' } });
    expect(bad.status).toBe(422);
  });

  test('switching the method changes the order, and the comparison shows every method side by side', async () => {
    const coord = await signIn(staff.coord);
    const median = await coord.get<RankingPage>(RANKING, { query: { method: 'median' } });
    expect(median.body.method).toBe('median');
    expect(ids(median.body)).toEqual(['1003', '1002', '1001', '1004']);
    expect(median.body.items[1]?.score).toBe(20);

    const compare = await coord.get<MethodComparisonPage>(`${RANKING}/compare`, {
      query: { methods: 'mean,median' },
    });
    expect(compare.status).toBe(200);
    const row1002 = compare.body.items.find((r) => r.applicationId === '1002');
    expect(row1002?.ranks).toEqual({ mean: 1, median: 2 });
    expect(row1002?.scores.median).toBe(20);
    expect(Object.keys(row1002?.scores ?? {})).toEqual(['mean', 'median']);
  });

  test('equal scores are ordered by the tie-break rules, and the ranking says which rule decided', async () => {
    // 1003 becomes 18 + 21 = 39 → 19.5, the same as 1001; 1001's last sheet came a day earlier.
    api.db().update('sheets', 'sheet-asg-10', {
      scores: { 'cr-relevance': 7, 'cr-feasibility': 7, 'cr-budget': 7 },
      total: 21,
    });
    const coord = await signIn(staff.coord);
    const { body } = await coord.get<RankingPage>(RANKING);
    expect(body.items.map((r) => [r.applicationId, r.rank, r.flags.includes('tied')])).toEqual([
      ['1002', 1, false],
      ['1001', 2, true],
      ['1003', 3, true],
      ['1004', 4, false],
    ]);
    expect(body.items[2]?.tieBreak).toEqual({
      withApplicationId: '1001',
      rule: { kind: 'earlierSubmission' },
    });
    const tied = await coord.get<RankingPage>(RANKING, { query: { flag: 'tied' } });
    expect(ids(tied.body)).toEqual(['1001', '1003']);
  });

  test('the top N of a nomination advance into a later stage, and only they can be assigned there', async () => {
    const org = await signIn(staff.org);
    const final = await org.call<{ id: string }>('POST', '/contests/contest-1/stages', {
      body: { kind: 'final', title: 'Финал', startsAt: null, deadline: null, criteriaSetId: 'cs-1' },
    });
    const advanced = await org.call<{ advanced: number }>('POST', '/stages/stage-1/advance', {
      body: { targetStageId: final.body.id, nominationId: 'nom-1', topN: 2 },
    });
    expect(advanced.body.advanced).toBe(2);
    const assigned = await org.call<{
      created: unknown[];
      refused: { applicationId: string; code: string }[];
    }>('POST', `/stages/${final.body.id}/assignments`, {
      body: {
        pairs: [
          { applicationId: '1002', expertId: users.vera.id },
          { applicationId: '1001', expertId: users.vera.id },
        ],
      },
    });
    expect(assigned.body.created).toHaveLength(1);
    expect(assigned.body.refused.map((r) => [r.applicationId, r.code])).toEqual([['1001', 'notFound']]);
    const backwards = await org.call<Problem>('POST', `/stages/${final.body.id}/advance`, {
      body: { targetStageId: 'stage-1', applicationIds: ['1002'] },
    });
    expect(backwards.status).toBe(409);
  });

  test('the cut-line gives the winners and the roubles they ask for', async () => {
    const coord = await signIn(staff.coord);
    const byScore = await coord.get<CutlineResult>('/stages/stage-1/nominations/nom-1/cutline', {
      query: { passingScore: 21 },
    });
    expect(byScore.body.winners).toBe(2);
    expect(byScore.body.totalRequested).toBe(600000 + 700000);
    const byCount = await coord.get<CutlineResult>('/stages/stage-1/nominations/nom-1/cutline', {
      query: { winners: 1 },
    });
    expect(byCount.body.rows.map((r) => r.applicationId)).toEqual(['1002']);
    const both = await coord.get('/stages/stage-1/nominations/nom-1/cutline', {
      query: { winners: 1, passingScore: 3 },
    });
    expect(both.status).toBe(422);
  });
});

describe('export and access', () => {
  test('CSV export: UTF-8 BOM, semicolons, CRLF, Russian headers and neutralised formulas', async () => {
    const coord = await signIn(staff.coord);
    const ranking = await download(coord, 'kind=ranking&format=csv');
    expect(ranking.status).toBe(200);
    expect(ranking.headers.get('content-type')).toContain('text/csv');
    expect(ranking.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ranking-stage-1-nom-1\.csv"/,
    );
    expect([...ranking.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(ranking.bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]?.split(';').slice(0, 3)).toEqual(['Место', 'ID заявки', 'Название']);
    expect(lines[1]?.startsWith('1;1002;')).toBe(true);
    expect(text).toContain(`;'${INJECTED_TITLE};`);
    expect(text).not.toMatch(/;=cmd/);

    const sheets = await download(coord, 'kind=sheets');
    const sheetsText = new TextDecoder().decode(sheets.bytes);
    expect(sheetsText.split('\r\n')).toHaveLength(1 + 7 + 1);
  });

  test('XLSX export: a real workbook with typed numbers, a header row and neutralised formulas', async () => {
    const coord = await signIn(staff.coord);
    const xlsx = await download(coord, 'kind=ranking&format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(XLSX_MIME);
    expect(xlsx.headers.get('content-disposition')).toMatch(/filename="ranking-stage-1-nom-1\.xlsx"/);
    const { rows } = readFirstSheet(xlsx.bytes);
    expect(rows[0]?.slice(0, 3)).toEqual(['Место', 'ID заявки', 'Название']);
    expect(rows[1]?.slice(0, 2)).toEqual([1, '1002']);
    expect(rows[1]?.[9]).toBeCloseTo(67 / 3);
    expect(rows.flat()).toContain(`'${INJECTED_TITLE}`);
    expect(rows.flat()).not.toContain(INJECTED_TITLE);

    const sheets = readFirstSheet((await download(coord, 'kind=sheets&format=xlsx')).bytes);
    expect(sheets.rows).toHaveLength(1 + 7);
  });

  test('experts get 403 on every coordinator route; organizers on coordinator-only ones', async () => {
    const anna = await signIn(users.anna);
    for (const path of [
      RANKING,
      `${RANKING}/compare`,
      '/stages/stage-1/progress',
      '/stages/stage-1/divergences',
      '/stages/stage-1/applications/1001/sheets',
      '/stages/stage-1/quality-signals',
      '/sheets/sheet-asg-1/history',
      '/stages/stage-1/nominations/nom-1/export',
      '/stages/stage-1',
    ]) {
      expect((await anna.get(path)).status, path).toBe(403);
    }
    expect((await anna.call('POST', '/sheets/sheet-asg-6/return', { body: { reason: 'x' } })).status).toBe(
      403,
    );
    expect(
      (await anna.call('POST', '/stages/stage-1/applications/1001/extra-expert', { body: {} })).status,
    ).toBe(403);
    const org = await signIn(staff.org);
    expect((await org.get('/stages/stage-1/applications/1001/sheets')).status).toBe(403);
    expect((await org.get(RANKING)).status).toBe(200);
  });
});

test('a stage is read with its contest, and an unknown stage is a 404', async () => {
  const coordinator = await signIn(staff.coord);
  const found = await coordinator.get<{ contest: { id: string }; stage: { id: string; contestId: string } }>(
    '/stages/stage-1',
  );
  expect(found.status).toBe(200);
  expect(found.body.stage.id).toBe('stage-1');
  expect(found.body.contest.id).toBe(found.body.stage.contestId);
  expect((await coordinator.get('/stages/no-such-stage')).status).toBe(404);
});
