import { describe, expect, test } from 'vitest';
import type { ApplicationPage } from '@/api/schemas/application-inputs';
import type { AuditEventPage } from '@/api/schemas/audit';
import type { Problem } from '@/api/schemas/common';
import type { Contest } from '@/api/schemas/contests';
import type { CriteriaSet, CriteriaSetVersion } from '@/api/schemas/criteria';
import type { ImportCommitResult, ImportPreview, ImportRow } from '@/api/schemas/imports';
import { useMockApi } from '@tests/integration/api/api-client';
import { fullMarks, users } from '@tests/integration/api/fixture';
import { buildStaffFixture, signIn, staff } from '@tests/integration/api/staff-fixture';

const api = useMockApi(buildStaffFixture);

type Answer<T> = T & Partial<Problem>;

describe('criteria sets', () => {
  test('structure freezes with the first submitted sheet; wording fixes stay possible and are versioned', async () => {
    const org = await signIn(staff.org);
    const { body: set } = await org.get<CriteriaSet>('/criteria-sets/cs-1');
    expect(set).toMatchObject({ version: 1, frozen: false, maxTotal: 30 });

    const anna = await signIn(users.anna);
    const submitted = await anna.call('POST', '/assignments/asg-1/sheet/submit', {
      body: fullMarks(),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(submitted.status).toBe(200);

    const structural = structuredClone(set.criteria);
    if (structural[0] !== undefined) structural[0].scaleMax = 5;
    const refused = await org.call<Problem>('PUT', '/criteria-sets/cs-1', {
      body: { title: set.title, criteria: structural, baseVersion: 1 },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('frozen');
    expect(refused.body.detail).toContain('шкала критерия «Актуальность» (0–10 → 0–5)');

    const reworded = structuredClone(set.criteria);
    if (reworded[0] !== undefined) reworded[0].title = 'Актуальность и социальная значимость';
    const fixed = await org.call<CriteriaSet>('PUT', '/criteria-sets/cs-1', {
      body: { title: set.title, criteria: reworded, baseVersion: 1 },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ version: 2, frozen: true });

    const versions = await org.get<{ items: CriteriaSetVersion[] }>('/criteria-sets/cs-1/versions');
    expect(versions.body.items.map((v) => [v.version, v.change])).toEqual([
      [1, 'created'],
      [2, 'wording'],
    ]);
    const past = await org.get<CriteriaSet>('/criteria-sets/cs-1', { query: { version: 1 } });
    expect(past.body.criteria[0]?.title).toBe('Актуальность');

    const stale = await org.call<Problem>('PUT', '/criteria-sets/cs-1', {
      body: { title: 'Другое', criteria: reworded, baseVersion: 1 },
    });
    expect(stale.status).toBe(412);

    const audit = await org.get<AuditEventPage>('/contests/contest-1/audit-events', {
      query: { objectType: 'criteriaSet', objectId: 'cs-1' },
    });
    expect(audit.body.items.map((e) => e.action)).toContain('wordingChanged');
  });

  test('an invalid structure is a 422 with field errors, and a new set starts at version 1', async () => {
    const org = await signIn(staff.org);
    const criterion = {
      title: 'Качество',
      description: '',
      scaleMin: 5,
      scaleMax: 3,
      weight: 1,
      descriptors: [],
      comment: { mode: 'whenBelowMax', minLength: 10 },
    };
    const bad = await org.call<Problem>('POST', '/contests/contest-1/criteria-sets', {
      body: { title: 'Финал', criteria: [criterion] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.[0]).toMatchObject({ field: 'criteria.0.scaleMax', code: 'rangeInverted' });

    const good = await org.call<CriteriaSet>('POST', '/contests/contest-1/criteria-sets', {
      body: { title: 'Финал', criteria: [{ ...criterion, scaleMin: 0, scaleMax: 5, weight: 2 }] },
    });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ version: 1, frozen: false, maxTotal: 10 });
  });
});

describe('application import', () => {
  const valid: ImportRow = {
    ID: '2001',
    Название: 'Семейный клуб «Вместе»',
    НКО: 'АНО «Добрые соседи»',
    ИНН: '7707083893',
    Регион: 'Республика Татарстан',
    Номинация: 'Добрая семья',
    'Дата начала': '01.03.2025',
    'Дата окончания': '2025-12-31',
    'Сумма финансирования': '2 691 000,00',
    'Количество участников': '1 200',
    'Подтверждено субъектом РФ': 'да',
  };

  test('the preview flags every bad row kind by its Russian header and commits nothing', async () => {
    const org = await signIn(staff.org);
    const before = api.db().all('applications').length;
    const rows: ImportRow[] = [
      valid,
      { ...valid, ID: '1001', Регион: '16' },
      { ...valid, ID: '' },
      { ...valid, ID: '20a2' },
      { ...valid, ID: '2003', ИНН: '7707083894' },
      { ...valid, ID: '2004', Номинация: 'Нет такой' },
      { ...valid, ID: '2005', Регион: 'Нарния' },
      { ...valid, ID: '2006', 'Дата начала': '31.02.2025' },
      { ...valid, ID: '2007', 'Сумма финансирования': 'много' },
      { ...valid, ID: '2008', 'Количество участников': '12,5' },
      { ...valid, ID: '2009', 'Подтверждено субъектом РФ': 'может быть' },
      { ...valid, ID: '2001' },
    ];
    const preview = await org.call<ImportPreview>('POST', '/contests/contest-1/applications/import/preview', {
      body: { rows, fileName: 'заявки.csv' },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.counts).toEqual({ create: 1, update: 1, error: 10 });
    const errorOf = (n: number) => preview.body.rows[n - 1]?.errors.map((e) => [e.field, e.code]);
    expect(preview.body.rows[0]).toMatchObject({ action: 'create', errors: [] });
    expect(preview.body.rows[0]?.application).toMatchObject({
      requestedAmount: 2691000,
      participantsCount: 1200,
      startDate: '2025-03-01',
      confirmedByRegion: true,
      region: { code: '16', name: 'Республика Татарстан' },
      nominationId: 'nom-1',
    });
    expect(preview.body.rows[1]).toMatchObject({ action: 'update', id: '1001' });
    expect(errorOf(3)).toEqual([['ID', 'required']]);
    expect(errorOf(4)).toEqual([['ID', 'invalidFormat']]);
    expect(errorOf(5)).toEqual([['ИНН', 'invalidInn']]);
    expect(errorOf(6)).toEqual([['Номинация', 'unknownNomination']]);
    expect(errorOf(7)).toEqual([['Регион', 'unknownRegion']]);
    expect(errorOf(8)).toEqual([['Дата начала', 'invalidDate']]);
    expect(errorOf(9)).toEqual([['Сумма финансирования', 'invalidAmount']]);
    expect(errorOf(10)).toEqual([['Количество участников', 'invalidInteger']]);
    expect(errorOf(11)).toEqual([['Подтверждено субъектом РФ', 'invalidBoolean']]);
    expect(errorOf(12)).toEqual([['ID', 'duplicateInFile']]);
    for (const row of preview.body.rows.slice(2)) expect(row.errors[0]?.message).toMatch(/[А-Яа-я]/);
    expect(api.db().all('applications')).toHaveLength(before);

    const commit = await org.call<ImportCommitResult>(
      'POST',
      '/contests/contest-1/applications/import/commit',
      {
        body: { previewId: preview.body.previewId },
      },
    );
    expect(commit.body).toEqual({ created: 1, updated: 1, skipped: 10 });
    expect(api.db().all('applications')).toHaveLength(before + 1);
    expect(api.db().get('applications', '1001')?.region.code).toBe('16');

    const again = await org.call<Problem>('POST', '/contests/contest-1/applications/import/commit', {
      body: { previewId: preview.body.previewId },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('previewExpired');
  });

  test('re-importing the same IDs updates instead of duplicating', async () => {
    const org = await signIn(staff.org);
    const importRows = async (rows: ImportRow[]) => {
      const preview = await org.call<ImportPreview>(
        'POST',
        '/contests/contest-1/applications/import/preview',
        {
          body: { rows, fileName: 'заявки.xlsx' },
        },
      );
      return org.call<ImportCommitResult>('POST', '/contests/contest-1/applications/import/commit', {
        body: { previewId: preview.body.previewId },
      });
    };
    expect((await importRows([valid])).body).toEqual({ created: 1, updated: 0, skipped: 0 });
    const count = api.db().all('applications').length;
    const second = await importRows([{ ...valid, 'Сумма финансирования': '3 000 000' }]);
    expect(second.body).toEqual({ created: 0, updated: 1, skipped: 0 });
    expect(api.db().all('applications')).toHaveLength(count);
    expect(api.db().get('applications', '2001')?.requestedAmount).toBe(3000000);

    const list = await org.get<ApplicationPage>('/contests/contest-1/applications', {
      query: { q: '7707083893' },
    });
    expect(list.body.items.map((a) => a.id)).toEqual(['2001']);
  });
});

describe('access', () => {
  test('experts get 403 on organizer routes and 404 for contests they have no work in', async () => {
    const anna = await signIn(users.anna);
    expect(
      (await anna.call('POST', '/contests', { body: { title: 'x', kind: 'prize', description: '' } })).status,
    ).toBe(403);
    expect((await anna.get('/experts')).status).toBe(403);
    expect((await anna.get('/contests/contest-1/applications')).status).toBe(403);
    expect((await anna.get('/contests/contest-1/criteria-sets')).status).toBe(403);
    expect(
      (
        await anna.call('POST', '/stages/stage-1/distribution/preview', {
          body: { expertsPerApplication: 2 },
        })
      ).status,
    ).toBe(403);
    expect((await anna.get('/contests/contest-1/audit-events')).status).toBe(403);
    expect((await anna.get<Answer<Contest>>('/contests/contest-1')).status).toBe(200);
    expect((await anna.get('/applications/1006')).status).toBe(404);
    const coordinator = await signIn(staff.coord);
    expect((await coordinator.get('/contests/contest-1/applications')).status).toBe(200);
    expect(
      (await coordinator.call('POST', '/contests', { body: { title: 'x', kind: 'prize', description: '' } }))
        .status,
    ).toBe(403);
  });
});
