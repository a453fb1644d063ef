import { describe, expect, test } from 'vitest';
import type { AssignResult, Coverage, DistributionPreview } from '@/api/schemas/assignments';
import type { AuditEventPage } from '@/api/schemas/audit';
import type { Problem } from '@/api/schemas/common';
import type { ContestPage } from '@/api/schemas/contest-inputs';
import type { Contest, DeadlineExtension, Stage } from '@/api/schemas/contests';
import type { ExpertImportResult, ExpertPage } from '@/api/schemas/expert-inputs';
import { useMockApi } from '@tests/integration/api/api-client';
import { fullMarks, users } from '@tests/integration/api/fixture';
import { buildStaffFixture, signIn, staff } from '@tests/integration/api/staff-fixture';

const api = useMockApi(buildStaffFixture);

describe('assignments', () => {
  function conflictVeraWith1004(): void {
    const db = api.db();
    db.update('experts', users.vera.id, { affiliations: [{ inn: '7710000003', name: 'АНО «Проект 4»' }] });
  }

  test('manual assignment refuses conflicts, duplicates, caps and applications outside the stage', async () => {
    conflictVeraWith1004();
    const db = api.db();
    const template = db.get('applications', '1006');
    if (template === undefined) throw new Error('no application 1006');
    db.insert('applications', {
      ...structuredClone(template),
      id: '1007',
      screening: { status: 'pending', reason: null, decidedBy: null, decidedAt: null },
    });
    db.update('experts', users.boris.id, { loadCap: 3 });
    const org = await signIn(staff.org);
    const result = await org.call<AssignResult>('POST', '/stages/stage-1/assignments', {
      body: {
        pairs: [
          { applicationId: '1004', expertId: users.vera.id },
          { applicationId: '1001', expertId: users.anna.id },
          { applicationId: '1004', expertId: users.boris.id },
          { applicationId: '1007', expertId: users.vera.id },
          { applicationId: '1005', expertId: users.vera.id },
        ],
      },
    });
    expect(result.status).toBe(200);
    expect(result.body.refused.map((r) => [r.applicationId, r.code])).toEqual([
      ['1004', 'sameOrganization'],
      ['1001', 'duplicate'],
      ['1004', 'overCap'],
      ['1007', 'notFound'],
    ]);
    expect(result.body.created.map((a) => [a.applicationId, a.expertId, a.status])).toEqual([
      ['1005', users.vera.id, 'new'],
    ]);

    await org.call('PATCH', '/contests/contest-1', {
      body: { settings: { regionRule: 'forbidSameRegion' } },
    });
    db.update('applications', '1004', { region: { code: '50', name: 'Московская область' } });
    const regional = await org.call<AssignResult>('POST', '/stages/stage-1/assignments', {
      body: { pairs: [{ applicationId: '1004', expertId: users.boris.id }] },
    });
    expect(regional.body.refused[0]?.code).toBe('regionRule');
  });

  test('automatic distribution is deterministic, refuses conflicts and balances load', async () => {
    conflictVeraWith1004();
    const org = await signIn(staff.org);
    const preview = () =>
      org.call<DistributionPreview>('POST', '/stages/stage-1/distribution/preview', {
        body: { expertsPerApplication: 2 },
      });
    const first = await preview();
    const second = await preview();
    expect(first.status).toBe(200);
    expect(second.body.pairs).toEqual(first.body.pairs);
    expect(first.body.pairs).toEqual([
      { applicationId: '1004', expertId: users.boris.id },
      { applicationId: '1005', expertId: users.vera.id },
      { applicationId: '1006', expertId: users.vera.id },
    ]);
    expect(first.body.uncovered).toEqual([]);
    expect(first.body.loadByExpert.find((l) => l.expertId === users.vera.id)).toMatchObject({
      before: 2,
      after: 4,
    });

    const before = await org.get<Coverage>('/stages/stage-1/coverage');
    expect(before.body).toMatchObject({ applications: 6, fullyCovered: 3, partiallyCovered: 3 });
    const commit = await org.call<{ created: number }>('POST', '/stages/stage-1/distribution/commit', {
      body: { previewId: first.body.previewId },
    });
    expect(commit.body.created).toBe(3);
    const after = await org.get<Coverage>('/stages/stage-1/coverage');
    expect(after.body).toMatchObject({ applications: 6, fullyCovered: 6, uncovered: 0 });

    // The second preview's pairs now exist: applying it would duplicate them, so it is refused whole.
    const stale = await org.call<Problem>('POST', '/stages/stage-1/distribution/commit', {
      body: { previewId: second.body.previewId },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('previewExpired');
  });

  test('an application with no conflict-free expert is reported uncovered with the reason', async () => {
    const db = api.db();
    for (const id of [users.anna.id, users.boris.id, users.vera.id]) {
      db.update('experts', id, { affiliations: [{ inn: '7710000005', name: 'АНО «Проект 6»' }] });
    }
    const org = await signIn(staff.org);
    const preview = await org.call<DistributionPreview>('POST', '/stages/stage-1/distribution/preview', {
      body: { expertsPerApplication: 2, nominationIds: ['nom-2'] },
    });
    expect(preview.body.uncovered).toEqual([{ applicationId: '1006', missing: 1, reason: 'conflicts' }]);
  });

  test('an assignment can be withdrawn until its sheet is submitted', async () => {
    const org = await signIn(staff.org);
    expect((await org.call('DELETE', '/assignments/asg-6')).status).toBe(204);
    expect(api.db().get('sheets', 'sheet-boris-1')).toBeUndefined();
    const anna = await signIn(users.anna);
    await anna.call('POST', '/assignments/asg-1/sheet/submit', {
      body: fullMarks(),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    const refused = await org.call<Problem>('DELETE', '/assignments/asg-1');
    expect(refused.status).toBe(409);
  });
});

describe('contests, experts and access', () => {
  test('an organizer creates a contest with default settings, a stage and a per-expert extension; all audited', async () => {
    const org = await signIn(staff.org);
    const created = await org.call<Contest>('POST', '/contests', {
      body: {
        title: 'Грантовый конкурс 2026',
        kind: 'grant',
        description: '',
        settings: { expertsPerApplication: 3 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.settings).toMatchObject({ aggregationMethod: 'mean', expertsPerApplication: 3 });
    const stage = await org.call<Stage>('POST', `/contests/${created.body.id}/stages`, {
      body: {
        kind: 'expert',
        title: 'Экспертиза',
        startsAt: null,
        deadline: '2026-03-01T00:00:00.000Z',
        criteriaSetId: null,
      },
    });
    expect(stage.status).toBe(201);
    const ext = await org.call<DeadlineExtension>('POST', `/stages/${stage.body.id}/extensions`, {
      body: { expertId: users.anna.id, until: '2026-03-05T00:00:00.000Z', reason: 'Болезнь' },
    });
    expect(ext.status).toBe(201);
    const audit = await org.get<AuditEventPage>(`/contests/${created.body.id}/audit-events`);
    expect(audit.body.items.map((e) => [e.objectType, e.action])).toEqual([
      ['deadline', 'extended'],
      ['stage', 'created'],
      ['contest', 'created'],
    ]);
    const list = await org.get<ContestPage>('/contests', { query: { q: '2026' } });
    expect(list.body.items.map((c) => c.id)).toEqual([created.body.id]);
  });

  test('the expert pool: import with per-row errors, then sorting by load', async () => {
    const org = await signIn(staff.org);
    const result = await org.call<ExpertImportResult>('POST', '/experts/import', {
      body: {
        rows: [
          {
            fullName: 'Игорь Новиков',
            email: 'igor@example.org',
            regionCode: '16',
            affiliations: '7707083893 ПАО «Банк»',
            expertise: 'Добрая семья',
            loadCap: '20',
          },
          {
            fullName: '',
            email: 'bad-mail',
            regionCode: '99',
            affiliations: '123',
            expertise: 'Нет такой',
            loadCap: 'x',
          },
          {
            fullName: 'Анна Смирнова',
            email: 'ANNA@example.org',
            regionCode: '77',
            affiliations: '',
            expertise: '',
            loadCap: '',
          },
        ],
      },
    });
    expect(result.body.created).toBe(1);
    expect(result.body.updated).toBe(1);
    expect(result.body.errors[0]?.rowNumber).toBe(2);
    expect(result.body.errors[0]?.errors.map((e) => e.field)).toEqual([
      'fullName',
      'email',
      'regionCode',
      'loadCap',
      'affiliations',
      'expertise',
    ]);
    const byLoad = await org.get<ExpertPage>('/experts', { query: { sort: '-load' } });
    expect(byLoad.body.items.map((e) => [e.fullName, e.load])).toEqual([
      ['Анна Смирнова', 5],
      ['Борис Кузнецов', 3],
      ['Вера Лебедева', 2],
      ['Игорь Новиков', 0],
    ]);
    expect(byLoad.body.items[0]?.region).toEqual({ code: '77', name: 'Москва' });
  });

  test('deleting a category with nominations or a nomination with applications is refused; screening is audited', async () => {
    const org = await signIn(staff.org);
    const category = await org.call<Problem>('DELETE', '/categories/cat-1');
    expect(category.status).toBe(409);
    const nomination = await org.call<Problem>('DELETE', '/nominations/nom-2');
    expect(nomination.status).toBe(409);
    const empty = await org.call<{ id: string }>('POST', '/contests/contest-1/nominations', {
      body: { categoryId: 'cat-1', title: 'Новая', description: '', criteriaSetId: 'cs-1' },
    });
    expect((await org.call('DELETE', `/nominations/${empty.body.id}`)).status).toBe(204);

    const noReason = await org.call<Problem>('POST', '/applications/1006/screening', {
      body: { decision: 'rejected', reason: '' },
    });
    expect(noReason.status).toBe(422);
    const rejected = await org.call<{
      screening: { status: string; reason: string; decidedBy: { id: string } };
    }>('POST', '/applications/1006/screening', {
      body: { decision: 'rejected', reason: 'Нет подтверждения субъекта РФ' },
    });
    expect(rejected.body.screening).toMatchObject({ status: 'rejected', decidedBy: { id: staff.org.id } });
    const audit = await org.get<AuditEventPage>('/contests/contest-1/audit-events', {
      query: { objectType: 'application', objectId: '1006' },
    });
    expect(audit.body.items[0]).toMatchObject({
      action: 'rejected',
      reason: 'Нет подтверждения субъекта РФ',
    });
  });
});
