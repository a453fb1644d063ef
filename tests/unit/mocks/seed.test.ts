import { expect, test } from 'vitest';
import { Application } from '@/api/schemas/applications';
import { Category, Contest, Nomination, Stage } from '@/api/schemas/contests';
import { CriteriaSet, CriteriaSetVersion } from '@/api/schemas/criteria';
import { Expert } from '@/api/schemas/experts';
import { User } from '@/api/schemas/session';
import { Assignment, Sheet, SheetHistoryEntry } from '@/api/schemas/sheets';
import { buildPreset } from '@mocks/db/seed/build-preset';
import type { SeedResult, SheetRow, Tables } from '@mocks/db/tables';

const NOW = new Date('2026-11-21T19:41:35.123Z');
const demo = buildPreset('demo', NOW);
const { tables } = demo;

let seasonCache: SeedResult | null = null;
function season(): SeedResult {
  seasonCache ??= buildPreset('season', NOW);
  return seasonCache;
}

/** Written out here rather than imported, so the seed's own checksum code is checked independently. */
function innIsValid(inn: string): boolean {
  const d = [...inn].map(Number);
  const check = (weights: number[]): number =>
    (weights.reduce((sum, w, i) => sum + w * (d[i] ?? 0), 0) % 11) % 10;
  if (/^\d{10}$/.test(inn)) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  if (/^\d{12}$/.test(inn)) {
    return (
      check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
    );
  }
  return false;
}

function first<T>(items: T[], count = 10): T[] {
  return items.slice(0, count);
}

/** Everything a submitted sheet must satisfy; returns the problems found (empty when all is well). */
function submittedSheetProblems(t: Tables, sample = 1): string[] {
  const sets = new Map(t.criteriaSets.map((s) => [s.id, s]));
  const stages = new Map(t.stages.map((s) => [s.id, s]));
  const contests = new Map(t.contests.map((c) => [c.id, c]));
  const problems: string[] = [];
  t.sheets.forEach((sheet, i) => {
    if (sheet.status !== 'submitted' || i % sample !== 0) return;
    const set = sets.get(sheet.criteriaSetId);
    const stage = stages.get(sheet.stageId);
    const contest = stage === undefined ? undefined : contests.get(stage.contestId);
    if (set === undefined || stage === undefined || contest === undefined)
      return void problems.push(`${sheet.id}: unknown set/stage`);
    if (stage.criteriaSetId !== set.id) problems.push(`${sheet.id}: not on its stage's criteria set`);
    if (sheet.criteriaVersion < 1 || sheet.criteriaVersion > set.version)
      problems.push(`${sheet.id}: bad criteria version`);
    let total = 0;
    for (const c of set.criteria) {
      const score = sheet.scores[c.id];
      if (typeof score !== 'number' || !Number.isInteger(score) || score < c.scaleMin || score > c.scaleMax) {
        problems.push(`${sheet.id}: score ${String(score)} for ${c.id}`);
        continue;
      }
      total += c.weight * score;
      const comment = sheet.comments[c.id] ?? '';
      const required =
        c.comment.mode === 'always' || (c.comment.mode === 'whenBelowMax' && score < c.scaleMax);
      if (required && comment.trim().length < c.comment.minLength)
        problems.push(`${sheet.id}: comment on ${c.id} too short`);
      if (c.comment.mode === 'never' && comment !== '')
        problems.push(`${sheet.id}: comment on ${c.id} where none is allowed`);
    }
    for (const id of Object.keys(sheet.comments)) {
      if (!set.criteria.some((c) => c.id === id))
        problems.push(`${sheet.id}: comment on unknown criterion ${id}`);
    }
    if (sheet.total !== total) problems.push(`${sheet.id}: total ${String(sheet.total)} ≠ ${total}`);
    if (sheet.maxTotal !== set.maxTotal) problems.push(`${sheet.id}: maxTotal`);
    if (contest.settings.overallRecommendation && sheet.recommendation === null)
      problems.push(`${sheet.id}: no recommendation`);
    if (
      contest.settings.overallComment === 'required' &&
      sheet.overallComment.length < contest.settings.overallCommentMinLength
    ) {
      problems.push(`${sheet.id}: overall comment too short`);
    }
    const started = Date.parse(sheet.startedAt);
    const updated = Date.parse(sheet.updatedAt);
    const submitted = sheet.submittedAt === null ? NaN : Date.parse(sheet.submittedAt);
    if (!(started < updated && updated <= submitted && submitted <= NOW.getTime()))
      problems.push(`${sheet.id}: times out of order`);
  });
  return first(problems);
}

function conflictProblems(t: Tables): string[] {
  const experts = new Map(t.experts.map((e) => [e.id, e]));
  const apps = new Map(t.applications.map((a) => [a.id, a]));
  const contests = new Map(t.contests.map((c) => [c.id, c]));
  const problems: string[] = [];
  for (const a of t.assignments) {
    const expert = experts.get(a.expertId);
    const app = apps.get(a.applicationId);
    const rule = contests.get(a.contestId)?.settings.regionRule;
    if (expert === undefined || app === undefined) {
      problems.push(`${a.id}: dangling reference`);
      continue;
    }
    if (expert.affiliations.some((o) => o.inn === app.organization.inn))
      problems.push(`${a.id}: affiliated with ${app.id}`);
    if (rule === 'forbidSameRegion' && expert.region.code === app.region.code)
      problems.push(`${a.id}: same region`);
  }
  return first(problems);
}

function byExpert(t: Tables, expertId: string, contestId: string): Tables['assignments'] {
  return t.assignments.filter((a) => a.expertId === expertId && a.contestId === contestId);
}

test('the demo is the same every time it is built from the same instant', () => {
  const again = buildPreset('demo', new Date(NOW.getTime()));
  expect(again).toEqual(demo);
  expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
});

test('the demo builds in well under a second', () => {
  const started = performance.now();
  buildPreset('demo', NOW);
  expect(performance.now() - started).toBeLessThan(1000);
});

test('every demo row matches the API contract', () => {
  const ExpertRow = Expert.omit({ load: true });
  const checks: [string, { safeParse: (v: unknown) => { success: boolean } }, unknown[]][] = [
    ['users', User, tables.users],
    ['contests', Contest, tables.contests],
    ['stages', Stage, tables.stages],
    ['categories', Category, tables.categories],
    ['nominations', Nomination, tables.nominations],
    ['criteriaSets', CriteriaSet, tables.criteriaSets],
    ['criteriaVersions', CriteriaSetVersion, tables.criteriaVersions],
    ['experts', ExpertRow, tables.experts],
    ['applications', Application, tables.applications],
    ['assignments', Assignment, tables.assignments],
    ['sheets', Sheet, tables.sheets],
    ['sheetHistory', SheetHistoryEntry, tables.sheetHistory],
  ];
  for (const [name, schema, rows] of checks) {
    const invalid = rows.findIndex((row) => !schema.safeParse(row).success);
    expect(invalid, `${name}[${invalid}] does not match the contract`).toBe(-1);
  }
});

test('the demo has the four named accounts with password demo and thirty more experts', () => {
  const byEmail = new Map(tables.users.map((u) => [u.email, u]));
  expect(byEmail.get('organizer@demo.ru')).toMatchObject({
    id: 'u-organizer',
    fullName: 'Ольга Николаевна Морозова',
    roles: ['organizer'],
  });
  expect(byEmail.get('coordinator@demo.ru')).toMatchObject({
    id: 'u-coordinator',
    fullName: 'Дмитрий Андреевич Волков',
    roles: ['coordinator'],
  });
  expect(byEmail.get('chair@demo.ru')).toMatchObject({
    id: 'u-chair',
    fullName: 'Елена Викторовна Соколова',
    roles: ['expert', 'coordinator'],
  });
  expect(byEmail.get('expert@demo.ru')).toMatchObject({
    id: 'u-expert',
    fullName: 'Анна Сергеевна Иванова',
    roles: ['expert'],
  });
  expect(byEmail.get('expert30@demo.ru')?.id).toBe('u-e30');
  expect(tables.users.every((u) => u.password === 'demo')).toBe(true);
  const expertUserIds = tables.users
    .filter((u) => u.roles.includes('expert'))
    .map((u) => u.id)
    .sort();
  expect(tables.experts.map((e) => e.id).sort()).toEqual(expertUserIds);
  expect(expertUserIds).toHaveLength(32);
  for (const e of tables.experts) {
    expect(e.loadCap).toBeGreaterThanOrEqual(20);
    expect(e.affiliations.length).toBeLessThanOrEqual(2);
  }
});

test('every ИНН is valid and applicants’ ИНН start with their region code', () => {
  for (const app of tables.applications) {
    expect(innIsValid(app.organization.inn), app.organization.inn).toBe(true);
    expect(app.organization.inn.slice(0, 2)).toBe(app.region.code);
  }
  for (const org of tables.experts.flatMap((e) => e.affiliations))
    expect(innIsValid(org.inn), org.inn).toBe(true);
  expect(innIsValid('7707083893')).toBe(true);
  expect(innIsValid('7707083894')).toBe(false);
});

test('no expert is assigned an application of an organisation they declared, nor one from their region where forbidden', () => {
  expect(conflictProblems(tables)).toEqual([]);
  const main = tables.experts.find((e) => e.id === 'u-expert');
  expect(main?.affiliations).toHaveLength(1);
  expect(tables.applications.some((a) => a.organization.inn === main?.affiliations[0]?.inn)).toBe(true);
});

test('every submitted sheet is complete, in range, justified by the comment rules and totals correctly', () => {
  expect(tables.sheets.filter((s) => s.status === 'submitted').length).toBeGreaterThan(500);
  expect(submittedSheetProblems(tables)).toEqual([]);
});

test('assignments and sheets agree on status, and recusals and returns carry their reasons', () => {
  const sheets = new Map(tables.sheets.map((s) => [s.id, s]));
  for (const a of tables.assignments) {
    const sheet = a.sheetId === null ? undefined : sheets.get(a.sheetId);
    if (a.status === 'new' || a.status === 'recused') expect(a.sheetId).toBeNull();
    else expect(sheet?.status).toBe(a.status);
    if (sheet !== undefined)
      expect(sheet).toMatchObject({
        assignmentId: a.id,
        expertId: a.expertId,
        applicationId: a.applicationId,
      });
    expect(a.recusal !== null).toBe(a.status === 'recused');
    if (a.recusal !== null) expect(a.recusal.text.length).toBeGreaterThan(10);
    expect(a.returnReason !== null).toBe(a.status === 'returned');
  }
  const history = new Map<string, number>();
  for (const h of tables.sheetHistory)
    history.set(h.sheetId, Math.max(history.get(h.sheetId) ?? 0, h.version));
  for (const s of tables.sheets) expect(history.get(s.id), s.id).toBe(s.version);
});

test('the main expert has assignments in every status in the grant contest and a queue in the prize', () => {
  const grant = byExpert(tables, 'u-expert', 'c-grant');
  expect(grant).toHaveLength(18);
  const count = (status: string): number => grant.filter((a) => a.status === status).length;
  expect([count('new'), count('draft'), count('submitted'), count('returned'), count('recused')]).toEqual([
    6, 3, 7, 1, 1,
  ]);
  expect(grant.find((a) => a.status === 'returned')?.returnReason).toMatch(/бюджет/i);
  expect(byExpert(tables, 'u-expert', 'c-prize')).toHaveLength(6);
  expect(byExpert(tables, 'u-chair', 'c-grant')).toHaveLength(8);
  const drafts = tables.sheets.filter((s) => s.expertId === 'u-expert' && s.status === 'draft');
  expect(drafts.every((s) => Object.values(s.scores).includes(null) && s.total === null)).toBe(true);
  expect(grant.some((a) => a.applicationId === '1645')).toBe(true);
});

test('the demo keeps hostile and unusual applicant text so the UI can prove it renders text, not HTML', () => {
  const apps = tables.applications;
  const queue = new Set(byExpert(tables, 'u-expert', 'c-grant').map((a) => a.applicationId));
  const img = apps.find((a) => a.title === '<img src=x onerror=alert(1)>');
  const script = apps.find(
    (a) => a.summary.includes("<script>alert('xss')</script>") && a.summary.includes('javascript:alert(1)'),
  );
  const long = apps.find((a) => a.summary.length >= 14_500 && a.summary.length <= 15_000);
  const emoji = apps.find((a) => a.title.includes('🎄') && a.title.includes('«'));
  for (const app of [img, script, long, emoji]) {
    expect(app).toBeDefined();
    expect(queue.has(app?.id ?? '')).toBe(true);
  }
});

test('the demo carries the quality signals a coordinator looks for', () => {
  const set = new Map(tables.criteriaSets.map((s) => [s.id, s]));
  const submittedByApp = new Map<string, SheetRow[]>();
  for (const s of tables.sheets)
    if (s.status === 'submitted')
      submittedByApp.set(s.applicationId, [...(submittedByApp.get(s.applicationId) ?? []), s]);
  const panels = [...submittedByApp.values()].filter((sheets) => sheets.length >= 2);
  const divergent = panels.filter((sheets) => {
    const totals = sheets.map((s) => s.total ?? 0);
    return Math.max(...totals) - Math.min(...totals) > 0.3 * (sheets[0]?.maxTotal ?? 0);
  });
  expect(divergent.length / panels.length).toBeGreaterThan(0.04);
  expect(divergent.length / panels.length).toBeLessThan(0.14);

  const submitted = tables.sheets.filter((s) => s.status === 'submitted');
  const straight = submitted.filter((s) => new Set(Object.values(s.scores)).size === 1);
  expect(straight.length).toBeGreaterThanOrEqual(3);
  const fast = submitted.filter((s) => Date.parse(s.updatedAt) - Date.parse(s.startedAt) < 2 * 60_000);
  expect(fast.length).toBeGreaterThanOrEqual(3);

  const seen = new Map<string, string>();
  const copies: string[] = [];
  for (const s of submitted) {
    for (const [criterionId, text] of Object.entries(s.comments)) {
      const key = `${s.expertId}|${criterionId}|${text}`;
      const other = seen.get(key);
      if (other !== undefined && other !== s.applicationId) copies.push(key);
      seen.set(key, s.applicationId);
    }
  }
  expect(copies).toHaveLength(1);
  expect(set.size).toBe(3);
});

test('stages freeze their criteria once a sheet is submitted, and criteria sets keep their versions', () => {
  for (const stage of tables.stages.filter((s) => s.kind === 'expert')) {
    const submitted = tables.sheets.some((s) => s.stageId === stage.id && s.status !== 'draft');
    expect(stage.structureFrozen).toBe(submitted);
    const set = tables.criteriaSets.find((s) => s.id === stage.criteriaSetId);
    expect(set?.frozen).toBe(submitted);
  }
  const grantSet = tables.criteriaSets.find((s) => s.id === 'cs-grant');
  expect(grantSet?.criteria).toHaveLength(10);
  expect(grantSet?.maxTotal).toBe(100);
  expect(grantSet?.criteria.map((c) => c.comment.mode).sort()).toEqual(
    [...Array.from({ length: 8 }, () => 'whenBelowMax'), 'always', 'never'].sort(),
  );
  for (const set of tables.criteriaSets) {
    const versions = tables.criteriaVersions.filter((v) => v.criteriaSetId === set.id);
    expect(versions[0]).toMatchObject({ version: 1, change: 'created', changedBy: { id: 'u-organizer' } });
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: set.version }, (_, i) => i + 1));
  }
  const grantStage = tables.stages.find((s) => s.id === 'st-grant-expert');
  expect(grantStage?.extensions).toHaveLength(1);
  expect(
    tables.assignments.find(
      (a) => a.expertId === grantStage?.extensions[0]?.expertId && a.stageId === 'st-grant-expert',
    )?.dueAt,
  ).toBe(grantStage?.extensions[0]?.until);
  const actions = new Set(tables.auditEvents.map((e) => e.action));
  // The seed records its history with the same action names the live rules use.
  for (const action of ['submitted', 'returned', 'recused', 'extended'])
    expect(actions.has(action)).toBe(true);
});

test('application IDs are unique digit strings and the seed card 1645 is there as published', () => {
  const ids = tables.applications.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.every((id) => /^\d{1,12}$/.test(id))).toBe(true);
  expect(tables.applications.filter((a) => a.contestId === 'c-grant').length).toBeGreaterThanOrEqual(240);
  expect(tables.applications.filter((a) => a.contestId === 'c-prize').length).toBeGreaterThanOrEqual(110);
  const card = tables.applications.find((a) => a.id === '1645');
  expect(card).toMatchObject({
    requestedAmount: 2_691_000,
    participantsCount: 2200,
    confirmedByRegion: null,
    region: { code: '77' },
  });
  for (const app of tables.applications) {
    expect(app.requestedAmount).toBeGreaterThanOrEqual(150_000);
    expect(app.requestedAmount).toBeLessThanOrEqual(15_000_000);
    if (app.startDate !== null) expect(app.startDate.slice(0, 4)).toBe(String(NOW.getUTCFullYear()));
    for (const file of app.attachments) expect(file.url.startsWith(`/files/${file.id}/`)).toBe(true);
  }
});

test('nothing in the demo happened after the instant it was built for, and deadlines move with it', () => {
  const now = NOW.getTime();
  const past = [
    ...tables.sheets.flatMap((s) => [s.startedAt, s.updatedAt]),
    ...tables.assignments.flatMap((a) => [a.createdAt, a.updatedAt]),
    ...tables.auditEvents.map((e) => e.at),
    ...tables.applications.map((a) => a.importedAt),
  ];
  expect(past.filter((at) => Date.parse(at) > now)).toEqual([]);
  const later = buildPreset('demo', new Date(now + 3 * 86_400_000));
  const deadline = (t: Tables): number =>
    Date.parse(t.stages.find((s) => s.id === 'st-grant-expert')?.deadline ?? '');
  expect(deadline(later.tables) - deadline(tables)).toBe(3 * 86_400_000);
});

test('timestamps are ISO strings that read back to the same instant', () => {
  const stamps = [
    ...tables.sheets.flatMap((s) => [s.startedAt, s.updatedAt, s.submittedAt]),
    ...tables.assignments.flatMap((a) => [a.createdAt, a.updatedAt, a.dueAt]),
    ...tables.stages.flatMap((s) => [s.startsAt, s.deadline]),
    ...tables.sheetHistory.map((h) => h.at),
  ].filter((at): at is string => at !== null);
  expect(stamps.filter((at) => new Date(at).toISOString() !== at)).toEqual([]);
});

test('the empty preset holds only the four named accounts', () => {
  const empty = buildPreset('empty', NOW).tables;
  expect(empty.users.map((u) => u.email)).toEqual([
    'organizer@demo.ru',
    'coordinator@demo.ru',
    'chair@demo.ru',
    'expert@demo.ru',
  ]);
  expect(empty.experts.map((e) => e.id)).toEqual(['u-chair', 'u-expert']);
  expect(empty.contests).toEqual([]);
  expect(empty.applications).toEqual([]);
});

/** The season contest's own rows, without the benchmark's stress contest beside it. */
function seasonContest(t: Tables) {
  const stages = new Set(t.stages.filter((s) => s.contestId === 'c-season').map((s) => s.id));
  return {
    applications: t.applications.filter((a) => a.contestId === 'c-season'),
    sheets: t.sheets.filter((s) => stages.has(s.stageId)),
    assignments: t.assignments.filter((a) => a.contestId === 'c-season'),
    nominations: t.nominations.filter((n) => n.contestId === 'c-season'),
    stages: t.stages.filter((s) => s.contestId === 'c-season'),
  };
}

test('the season has 40,000 applications, 1,000 pool experts and 120,000 sheets of ten criteria', () => {
  const { tables: t } = season();
  const own = seasonContest(t);
  expect(own.applications).toHaveLength(40_000);
  expect(t.experts.filter((e) => /^expert\d{4}@demo\.ru$/.test(e.email))).toHaveLength(1000);
  expect(own.sheets).toHaveLength(120_000);
  expect(own.sheets.every((s) => Object.keys(s.scores).length === 10)).toBe(true);
  expect(own.nominations).toHaveLength(12);
  expect(own.stages.filter((s) => s.kind === 'expert')).toHaveLength(1);
  const submitted = own.sheets.filter((s) => s.status === 'submitted').length / own.sheets.length;
  expect(submitted).toBeGreaterThan(0.8);
  expect(submitted).toBeLessThan(0.9);
  expect(own.assignments.some((a) => a.status === 'new')).toBe(true);
  expect(new Set(own.applications.map((a) => a.id)).size).toBe(40_000);
});

test('beside the season, a stress contest ranks all 40,000 applications in one nomination', () => {
  const { tables: t } = season();
  const stress = t.applications.filter((a) => a.nominationId === 'nom-stress-all');
  expect(stress).toHaveLength(40_000);
  expect(new Set(t.applications.map((a) => a.id)).size).toBe(t.applications.length);
  const stressSheets = t.sheets.filter((s) => s.stageId === 'st-season-stress');
  // The named experts' sheets stay in the season only, so their queues do not double.
  expect(stressSheets.length).toBeGreaterThan(119_800);
  expect(stressSheets.some((s) => s.expertId === 'u-expert' || s.expertId === 'u-chair')).toBe(false);
  // The expert's twenty-criterion form for the keypress benchmark.
  const wide = t.assignments.filter((a) => a.nominationId === 'nom-stress-wide');
  expect(wide.map((a) => [a.expertId, a.status])).toEqual([
    ['u-expert', 'new'],
    ['u-expert', 'new'],
    ['u-expert', 'new'],
  ]);
  const wideSet = t.criteriaSets.find(
    (s) => s.id === t.nominations.find((n) => n.id === 'nom-stress-wide')?.criteriaSetId,
  );
  expect(wideSet?.criteria).toHaveLength(20);
  expect(new Set(wideSet?.criteria.map((c) => c.id)).size).toBe(20);
});

test('season sheets and assignments follow the same rules as the demo', () => {
  const { tables: t } = season();
  expect(submittedSheetProblems(t, 7)).toEqual([]);
  expect(conflictProblems(t)).toEqual([]);
  expect(t.applications.every((a, i) => i % 97 !== 0 || innIsValid(a.organization.inn))).toBe(true);
  const statuses = new Set(t.assignments.filter((a) => a.expertId === 'u-expert').map((a) => a.status));
  expect([...statuses].sort()).toEqual(['draft', 'new', 'recused', 'returned', 'submitted']);
});

test('the season is the same every time it is built from the same instant', () => {
  const again = buildPreset('season', NOW).tables;
  const t = season().tables;
  const sample = (x: Tables): string =>
    JSON.stringify([
      x.applications.filter((_, i) => i % 397 === 0),
      x.sheets.filter((_, i) => i % 1201 === 0),
      x.assignments.filter((_, i) => i % 1201 === 0),
      x.experts.filter((_, i) => i % 37 === 0),
      x.sheetHistory,
      x.auditEvents,
    ]);
  expect(sample(again)).toBe(sample(t));
  expect(again.assignments).toHaveLength(t.assignments.length);
});
