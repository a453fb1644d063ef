import type { SheetContent } from '@/api/schemas/sheets';
import { sheetTotal } from '@/domain/totals';
import type { SeedResult, SheetRow, UserRow } from '@mocks/db/tables';
import { ApiClient } from '@tests/integration/api/api-client';
import { buildFixture, PASSWORD } from '@tests/integration/api/fixture';

/**
 * The shared API fixture plus what the organizer and coordinator tests need: single-role staff
 * accounts (to prove access rules), and for the coordinator a stage with submitted sheets whose
 * ranking differs between methods, one divergent application and a few quality problems.
 */
export const staff = {
  org: { id: 'u-org', email: 'org@example.org', fullName: 'Пётр Организаторов', roles: ['organizer'] },
  coord: {
    id: 'u-coord',
    email: 'coord@example.org',
    fullName: 'Ксения Координатова',
    roles: ['coordinator'],
  },
} satisfies Record<string, Omit<UserRow, 'password'>>;

export const INJECTED_TITLE = "=cmd|' /C calc'!A0 Экотропа";
export const COPIED_COMMENT =
  'Проект хорошо проработан, но показатели результативности сформулированы размыто и не измеримы';

export function buildStaffFixture(now: Date): SeedResult {
  const seed = buildFixture(now);
  const t = seed.tables;
  t.users.push(...Object.values(staff).map((u) => ({ ...u, roles: [...u.roles], password: PASSWORD })));
  return seed;
}

interface Scored {
  assignmentId: string;
  scores: [number, number, number];
  comment?: string;
  /** Minutes between opening and submitting; 60 unless a test wants a rushed sheet. */
  minutes?: number;
  submittedDaysAgo: number;
}

/**
 * nom-1 (apps 1001–1004): 1001 diverges (27 vs 12), 1002 has three sheets whose mean and median
 * differ (28, 20, 19), 1003 has two (18 straight-lined, 25), 1004 has none yet.
 */
const SCORED: Scored[] = [
  {
    assignmentId: 'asg-1',
    scores: [9, 9, 9],
    comment: 'Сильная заявка, но не хватает деталей',
    submittedDaysAgo: 3,
  },
  {
    assignmentId: 'asg-6',
    scores: [7, 3, 2],
    comment: 'Бюджет завышен, план не реалистичен',
    submittedDaysAgo: 2,
  },
  { assignmentId: 'asg-2', scores: [10, 10, 8], comment: COPIED_COMMENT, submittedDaysAgo: 3 },
  {
    assignmentId: 'asg-7',
    scores: [7, 7, 6],
    comment: 'Средний уровень проработки проекта',
    submittedDaysAgo: 2,
  },
  {
    assignmentId: 'asg-9',
    scores: [7, 6, 6],
    comment: 'Слабое обоснование бюджета и сроков',
    submittedDaysAgo: 1,
  },
  { assignmentId: 'asg-3', scores: [6, 6, 6], comment: COPIED_COMMENT, minutes: 1, submittedDaysAgo: 2 },
  {
    assignmentId: 'asg-10',
    scores: [9, 8, 8],
    comment: 'Хороший проект, небольшие вопросы к бюджету',
    submittedDaysAgo: 1,
  },
];

export function buildCoordinatorFixture(now: Date): SeedResult {
  const seed = buildStaffFixture(now);
  const t = seed.tables;
  const set = t.criteriaSets[0];
  const stage = t.stages[0];
  if (set === undefined || stage === undefined) throw new Error('fixture: no criteria set or stage');
  const ids = set.criteria.map((c) => c.id);
  const app1003 = t.applications.find((a) => a.id === '1003');
  if (app1003 !== undefined) app1003.title = INJECTED_TITLE;
  t.sheets = [];
  for (const s of SCORED) {
    const assignment = t.assignments.find((a) => a.id === s.assignmentId);
    if (assignment === undefined) throw new Error(`fixture: no ${s.assignmentId}`);
    const submittedAt = new Date(now.getTime() - s.submittedDaysAgo * 86_400_000);
    const startedAt = new Date(submittedAt.getTime() - (s.minutes ?? 60) * 60_000);
    const content: SheetContent = {
      scores: Object.fromEntries(ids.map((id, i) => [id, s.scores[i] ?? 0])),
      comments: Object.fromEntries(ids.map((id) => [id, s.comment ?? ''])),
      recommendation: 'support',
      overallComment: '',
    };
    const sheet: SheetRow = {
      ...content,
      id: `sheet-${s.assignmentId}`,
      assignmentId: assignment.id,
      criteriaSetId: set.id,
      criteriaVersion: 1,
      status: 'submitted',
      version: 2,
      total: sheetTotal(content.scores, set.criteria).total,
      maxTotal: set.maxTotal,
      startedAt: startedAt.toISOString(),
      updatedAt: submittedAt.toISOString(),
      submittedAt: submittedAt.toISOString(),
      expertId: assignment.expertId,
      stageId: stage.id,
      applicationId: assignment.applicationId,
    };
    t.sheets.push(sheet);
    t.sheetHistory.push({
      sheetId: sheet.id,
      version: 2,
      action: 'submitted',
      at: sheet.submittedAt ?? sheet.updatedAt,
      actor: { id: assignment.expertId, name: assignment.expertId },
      reason: null,
      content,
      status: 'submitted',
    });
    assignment.status = 'submitted';
    assignment.sheetId = sheet.id;
  }
  set.frozen = true;
  stage.structureFrozen = true;
  return seed;
}

export async function signIn(user: { email: string }): Promise<ApiClient> {
  const client = new ApiClient();
  const result = await client.login(user.email, PASSWORD);
  if (result.status !== 200) throw new Error(`sign-in of ${user.email} failed: ${result.status}`);
  return client;
}
