import { describe, expect, test } from 'vitest';
import type { Problem } from '@/api/schemas/common';
import type {
  DivergencePage,
  EligibleExpertList,
  ProgressPage,
  QualitySignalList,
  RankingPage,
  SheetHistory,
  SideBySide,
} from '@/api/schemas/coordination';
import type { Assignment, Sheet } from '@/api/schemas/sheets';
import { useMockApi } from '@tests/integration/api/api-client';
import { users } from '@tests/integration/api/fixture';
import { buildCoordinatorFixture, signIn, staff } from '@tests/integration/api/staff-fixture';

const api = useMockApi(buildCoordinatorFixture);
const RANKING = '/stages/stage-1/nominations/nom-1/ranking';

describe('settling divergences', () => {
  test('divergences list the reasons; side-by-side shows every sheet with its expert', async () => {
    const coord = await signIn(staff.coord);
    const list = await coord.get<DivergencePage>('/stages/stage-1/divergences');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ applicationId: '1001', spread: 15, sheetCount: 2 });
    expect(list.body.items[0]?.reasons[0]).toContain('Разброс итоговых баллов 15 превышает порог 9');
    expect(list.body.items[0]?.reasons[1]).toContain('Реализуемость');

    const side = await coord.get<SideBySide>('/stages/stage-1/applications/1001/sheets');
    expect(side.body.criteria).toHaveLength(3);
    expect(side.body.sheets.map((s) => [s.expert.fullName, s.sheet.total])).toEqual([
      ['Анна Смирнова', 27],
      ['Борис Кузнецов', 12],
    ]);
  });

  test('an extra expert is added in one action; conflicted experts are refused and explained', async () => {
    api
      .db()
      .update('experts', users.vera.id, { affiliations: [{ inn: '7710000000', name: 'АНО «Проект 1»' }] });
    const coord = await signIn(staff.coord);
    const eligible = await coord.get<EligibleExpertList>('/stages/stage-1/eligible-experts', {
      query: { applicationId: '1001' },
    });
    const vera = eligible.body.items.find((i) => i.expert.id === users.vera.id);
    expect(vera?.eligible).toBe(false);
    expect(vera?.reasons[0]).toContain('ИНН 7710000000');
    expect(eligible.body.items.filter((i) => i.eligible)).toEqual([]);

    const refused = await coord.call<Problem>('POST', '/stages/stage-1/applications/1001/extra-expert', {
      body: { expertId: users.vera.id },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('conflictOfInterest');
    const none = await coord.call<Problem>('POST', '/stages/stage-1/applications/1001/extra-expert', {
      body: {},
    });
    expect(none.body.code).toBe('noEligibleExpert');

    api.db().update('experts', users.vera.id, { affiliations: [] });
    const added = await coord.call<Assignment>('POST', '/stages/stage-1/applications/1001/extra-expert', {
      body: {},
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ applicationId: '1001', expertId: users.vera.id, status: 'new' });
    const ranking = await coord.get<RankingPage>(RANKING, { query: { q: '1001' } });
    expect(ranking.body.items[0]).toMatchObject({ requiredCount: 3, flags: ['divergent', 'incomplete'] });
  });

  test('a coordinator returns a submitted sheet with a reason; it leaves the ranking and is in the history', async () => {
    const coord = await signIn(staff.coord);
    const returned = await coord.call<Sheet>('POST', '/sheets/sheet-asg-6/return', {
      body: { reason: 'Обоснуйте низкую оценку реализуемости' },
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', version: 3 });
    expect(api.db().get('assignments', 'asg-6')).toMatchObject({
      status: 'returned',
      returnReason: 'Обоснуйте низкую оценку реализуемости',
    });
    const history = await coord.get<SheetHistory>('/sheets/sheet-asg-6/history');
    expect(history.body.items.map((h) => [h.version, h.action, h.reason])).toEqual([
      [2, 'submitted', null],
      [3, 'returned', 'Обоснуйте низкую оценку реализуемости'],
    ]);
    const ranking = await coord.get<RankingPage>(RANKING, { query: { q: '1001' } });
    expect(ranking.body.items[0]).toMatchObject({ submittedCount: 1, score: 27 });
    const again = await coord.call<Problem>('POST', '/sheets/sheet-asg-6/return', {
      body: { reason: 'Ещё раз' },
    });
    expect(again.status).toBe(409);
    expect(
      api
        .db()
        .all('auditEvents')
        .some((e) => e.objectId === 'sheet-asg-6' && e.action === 'returned'),
    ).toBe(true);
  });
});

describe('progress, reminders and quality', () => {
  test('progress by nomination and by expert, with overdue work and deadline risk', async () => {
    const db = api.db();
    const stage = db.get('stages', 'stage-1');
    if (stage === undefined) throw new Error('no stage');
    db.update('stages', 'stage-1', { deadline: new Date(Date.now() - 3_600_000).toISOString() });
    const coord = await signIn(staff.coord);
    const byNomination = await coord.get<ProgressPage>('/stages/stage-1/progress');
    expect(
      byNomination.body.items.map((r) => [r.label, r.assigned, r.submitted, r.overdue, r.deadlineRisk]),
    ).toEqual([
      ['Добрая семья', 8, 7, 1, 'high'],
      ['Старшее поколение', 2, 0, 2, 'high'],
    ]);
    expect(byNomination.body.totals).toMatchObject({ assigned: 10, submitted: 7, overdue: 3 });
    const byExpert = await coord.get<ProgressPage>('/stages/stage-1/progress', {
      query: { by: 'expert', sort: '-overdue' },
    });
    expect(byExpert.body.items[0]).toMatchObject({ label: 'Анна Смирнова', overdue: 2 });

    const sent = await coord.call<{ sent: number }>('POST', '/stages/stage-1/reminders', {
      body: { expertIds: null },
    });
    expect(sent.body.sent).toBe(2);
    expect(db.all('reminders')[0]?.expertIds).toEqual([users.anna.id, users.boris.id].sort());
  });

  test('quality signals: straight-lining, too fast, copied comments — each with evidence', async () => {
    const coord = await signIn(staff.coord);
    const { body } = await coord.get<QualitySignalList>('/stages/stage-1/quality-signals');
    const kinds = body.items.map((s) => [s.kind, s.expertId]);
    expect(kinds).toContainEqual(['straightLining', users.anna.id]);
    expect(kinds).toContainEqual(['tooFast', users.anna.id]);
    expect(kinds).toContainEqual(['copiedComment', users.anna.id]);
    const copied = body.items.find((s) => s.kind === 'copiedComment');
    expect(copied?.applicationIds.sort()).toEqual(['1002', '1003']);
    expect(copied?.evidence).toContain('Проект хорошо проработан');
    const fast = await coord.get<QualitySignalList>('/stages/stage-1/quality-signals', {
      query: { kind: 'tooFast' },
    });
    expect(fast.body.items).toHaveLength(1);
    expect(fast.body.items[0]?.value).toBe(60);
  });
});
