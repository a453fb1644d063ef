import type { Application } from '@/api/schemas/applications';
import type { Contest, ContestSettings, Stage } from '@/api/schemas/contests';
import type { CriteriaSet, Criterion } from '@/api/schemas/criteria';
import type { Assignment, SheetContent } from '@/api/schemas/sheets';
import { maxTotal } from '@/domain/criteria';
import { emptyTables } from '@mocks/db/tables';
import type { SeedResult, SheetRow, UserRow } from '@mocks/db/tables';

/**
 * A small hand-built world for the API rule tests, so each scenario is exact and independent of
 * how the demo preset evolves: one contest, one open expert stage (unfrozen), three criteria, three
 * experts whose panels overlap, and one submitted sheet by another expert to keep secret.
 */
export const PASSWORD = 'demo-password';

export const users = {
  anna: { id: 'u-anna', email: 'anna@example.org', fullName: 'Анна Смирнова', roles: ['expert'] },
  boris: { id: 'u-boris', email: 'boris@example.org', fullName: 'Борис Кузнецов', roles: ['expert'] },
  vera: { id: 'u-vera', email: 'vera@example.org', fullName: 'Вера Лебедева', roles: ['expert'] },
  olga: {
    id: 'u-olga',
    email: 'olga@example.org',
    fullName: 'Ольга Морозова',
    roles: ['organizer', 'coordinator'],
  },
} satisfies Record<string, Omit<UserRow, 'password'>>;

/** Boris's secret comment: must never reach Anna. */
export const BORIS_COMMENT = 'Сильная команда, но бюджет завышен — секрет Бориса';

export const settings: ContestSettings = {
  aggregationMethod: 'mean',
  divergence: { totalSpreadPercent: 30, criterionSpreadPoints: 4 },
  blindReview: { revealAfterSubmission: true },
  defaultCommentRule: { mode: 'whenBelowMax', minLength: 10 },
  regionRule: 'none',
  tieBreak: [{ kind: 'earlierSubmission' }, { kind: 'applicationId' }],
  expertsPerApplication: 2,
  overallRecommendation: true,
  overallComment: 'optional',
  overallCommentMinLength: 0,
};

const criteria: Criterion[] = ['relevance', 'feasibility', 'budget'].map((id, i) => ({
  id: `cr-${id}`,
  title: ['Актуальность', 'Реализуемость', 'Обоснованность бюджета'][i] ?? id,
  description: '',
  scaleMin: 0,
  scaleMax: 10,
  weight: 1,
  descriptors: [],
  comment: { mode: 'whenBelowMax', minLength: 10 },
}));

export const CRITERIA_IDS = criteria.map((c) => c.id);

/** A complete content that passes submit validation: full marks need no comments. */
export function fullMarks(): SheetContent {
  return {
    scores: Object.fromEntries(CRITERIA_IDS.map((id) => [id, 10])),
    comments: {},
    recommendation: 'support',
    overallComment: '',
  };
}

const TITLES = [
  'Школа добрых соседей',
  'Мастерская семейного чтения',
  'Тёплый дом для пожилых',
  'Инклюзивный театр «Вместе»',
  'Экотропа Подмосковья',
  'Цифровая грамотность 60+',
];

export function buildFixture(now: Date): SeedResult {
  const day = 24 * 60 * 60 * 1000;
  const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
  const tables = emptyTables();
  tables.users = Object.values(users).map((u) => ({ ...u, roles: [...u.roles], password: PASSWORD }));

  const contest: Contest = {
    id: 'contest-1',
    title: 'Премия #МЫВМЕСТЕ — тест',
    kind: 'prize',
    description: '',
    status: 'active',
    settings,
    createdAt: at(-30),
    updatedAt: at(-30),
  };
  tables.contests = [contest];
  tables.categories = [{ id: 'cat-1', contestId: contest.id, title: 'Организации', order: 0 }];
  tables.nominations = [
    {
      id: 'nom-1',
      contestId: contest.id,
      categoryId: 'cat-1',
      title: 'Добрая семья',
      description: '',
      order: 0,
      criteriaSetId: null,
    },
    {
      id: 'nom-2',
      contestId: contest.id,
      categoryId: 'cat-1',
      title: 'Старшее поколение',
      description: '',
      order: 1,
      criteriaSetId: null,
    },
  ];
  const set: CriteriaSet = {
    id: 'cs-1',
    contestId: contest.id,
    title: 'Критерии экспертного этапа',
    version: 1,
    frozen: false,
    criteria,
    maxTotal: maxTotal(criteria),
    updatedAt: at(-20),
  };
  tables.criteriaSets = [set];
  tables.criteriaVersions = [
    {
      criteriaSetId: set.id,
      version: 1,
      change: 'created',
      criteria,
      changedAt: at(-20),
      changedBy: { id: users.olga.id, name: users.olga.fullName },
    },
  ];
  const stage: Stage = {
    id: 'stage-1',
    contestId: contest.id,
    kind: 'expert',
    title: 'Экспертная оценка',
    order: 1,
    status: 'active',
    startsAt: at(-10),
    deadline: at(7),
    criteriaSetId: set.id,
    structureFrozen: false,
    extensions: [],
  };
  tables.stages = [stage];

  tables.applications = TITLES.map((title, i): Application => ({
    id: String(1001 + i),
    contestId: contest.id,
    nominationId: i < 4 ? 'nom-1' : 'nom-2',
    title,
    organization: { name: `АНО «Проект ${i + 1}»`, inn: `77${String(10000000 + i)}` },
    region: { code: '77', name: 'Москва' },
    startDate: null,
    endDate: null,
    goals: '',
    targetAudience: '',
    summary: '',
    grantor: 'Фонд президентских грантов',
    requestedAmount: 500000 + i * 100000,
    participantsCount: 100,
    qualitativeResults: '',
    confirmedByRegion: null,
    attachments: [],
    screening: { status: 'admitted', reason: null, decidedBy: null, decidedAt: null },
    importedAt: at(-25),
    updatedAt: at(-25 + i),
  }));

  const experts = [users.anna, users.boris, users.vera];
  tables.experts = experts.map((u) => ({
    id: u.id,
    fullName: u.fullName,
    email: u.email,
    region: { code: '50', name: 'Московская область' },
    affiliations: [],
    expertiseNominationIds: ['nom-1', 'nom-2'],
    loadCap: 50,
    active: true,
  }));

  const assign = (n: number, expertId: string, applicationIndex: number): Assignment => {
    const app = tables.applications[applicationIndex];
    if (app === undefined) throw new Error('fixture: no application');
    return {
      id: `asg-${n}`,
      contestId: contest.id,
      stageId: stage.id,
      applicationId: app.id,
      nominationId: app.nominationId,
      expertId,
      status: 'new',
      dueAt: stage.deadline,
      sheetId: null,
      recusal: null,
      returnReason: null,
      createdAt: at(-9),
      updatedAt: at(-9 + n / 10),
    };
  };
  // Anna: apps 0–4; Boris: apps 0, 1, 5; Vera: apps 1, 2.
  tables.assignments = [
    assign(1, users.anna.id, 0),
    assign(2, users.anna.id, 1),
    assign(3, users.anna.id, 2),
    assign(4, users.anna.id, 3),
    assign(5, users.anna.id, 4),
    assign(6, users.boris.id, 0),
    assign(7, users.boris.id, 1),
    assign(8, users.boris.id, 5),
    assign(9, users.vera.id, 1),
    assign(10, users.vera.id, 2),
  ];

  // Boris has a draft on app 0 (asg-6) with a secret comment. Nothing is submitted yet, so the stage
  // is unfrozen; tests submit to see it freeze.
  const borisSheet: SheetRow = {
    id: 'sheet-boris-1',
    assignmentId: 'asg-6',
    criteriaSetId: set.id,
    criteriaVersion: 1,
    status: 'draft',
    version: 2,
    scores: { 'cr-relevance': 7, 'cr-feasibility': 3, 'cr-budget': 2 },
    comments: { 'cr-budget': BORIS_COMMENT },
    recommendation: 'reject',
    overallComment: BORIS_COMMENT,
    total: 12,
    maxTotal: set.maxTotal,
    startedAt: at(-2),
    updatedAt: at(-1),
    submittedAt: null,
    expertId: users.boris.id,
    stageId: stage.id,
    applicationId: '1001',
  };
  tables.sheets = [borisSheet];
  const borisAssignment = tables.assignments.find((a) => a.id === 'asg-6');
  if (borisAssignment !== undefined) {
    borisAssignment.status = 'draft';
    borisAssignment.sheetId = borisSheet.id;
  }
  return { preset: 'demo', tables, seededAt: now.toISOString() };
}
