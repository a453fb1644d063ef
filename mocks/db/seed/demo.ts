import type { Application } from '@/api/schemas/applications';
import type { AssignmentStatus } from '@/api/schemas/sheets';
import type { SeedResult } from '../tables';
import { RETURN_REASONS } from './comment-phrases';
import { CommentBank } from './comments';
import {
  DRAFT_CATEGORIES,
  DRAFT_NOMINATIONS,
  GRANT_CATEGORIES,
  GRANT_NOMINATIONS,
  PRIZE_CATEGORIES,
  PRIZE_NOMINATIONS,
  categoryRows,
  nominationRows,
} from './contests';
import { contestApplications, SEED_CARD_ID, seedCardApplication } from './demo-applications';
import type { ScreeningWindow } from './demo-applications';
import { evaluateStage } from './demo-evaluations';
import type { StageContext } from './demo-evaluations';
import { demoPeople } from './demo-experts';
import { planPanels } from './demo-panels';
import type { NamedQueue } from './demo-panels';
import {
  demoContests,
  demoCriteriaSets,
  demoExtension,
  demoStages,
  demoTimes,
  structureAudit,
} from './demo-structure';
import { finishAudit } from './evaluation-rows';
import type { HostileKind } from './hostile';
import { ApplicationIds, IdSequence } from './ids';
import { Rng } from './random';
import { scoringCriteria } from './scoring';
import { DAY, HOUR, iso, mskMorning, toSecond } from './time';
import { COORDINATOR_ACTOR, ORGANIZER_ACTOR } from './users';

/** Generation positions of the hostile-input applications in the grant contest. */
const HOSTILE_POSITIONS = new Map<number, HostileKind>([
  [7, 'htmlTitle'],
  [31, 'scriptSummary'],
  [58, 'longText'],
  [90, 'emojiQuotes'],
]);

const n = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

/** The main expert's queues: every assignment status, as the brief for the demo asks. */
const EXPERT_GRANT_STATUSES: AssignmentStatus[] = [
  ...n(6, 'new' as const),
  ...n(3, 'draft' as const),
  ...n(7, 'submitted' as const),
  'returned',
  'recused',
];
const EXPERT_PRIZE_STATUSES: AssignmentStatus[] = [
  ...n(2, 'new' as const),
  'draft',
  ...n(3, 'submitted' as const),
];
const CHAIR_GRANT_STATUSES: AssignmentStatus[] = [
  ...n(5, 'submitted' as const),
  'draft',
  ...n(2, 'new' as const),
];

function byNumericId(a: Application, b: Application): number {
  return Number(a.id) - Number(b.id);
}

/** The demo preset: three contests, ~370 applications, 32 experts, every state on screen. */
export function buildDemo(now: Date): SeedResult {
  const rng = new Rng('demo');
  const nowMs = toSecond(now.getTime());
  const year = now.getUTCFullYear();
  const t = demoTimes(nowMs);
  const window: ScreeningWindow = {
    importStart: t.importStart,
    decisionsFrom: t.screeningStart + DAY,
    decisionsTo: t.screeningDeadline - 2 * HOUR,
  };

  const usedInn = new Set<string>();
  const usedIds = new Set<string>([SEED_CARD_ID]);
  const fileIds = new IdSequence('f');
  const common = { year, window, fileIds, usedInn, organizer: ORGANIZER_ACTOR };
  const grantGenerated = contestApplications(rng.fork('grant-apps'), {
    ...common,
    contestId: 'c-grant',
    kind: 'grant',
    nominations: GRANT_NOMINATIONS,
    ids: new ApplicationIds(rng.fork('grant-ids'), 1200, usedIds),
    designated: HOSTILE_POSITIONS,
    avoidRegion: '52',
    screeningWeights: [
      ['admitted', 88],
      ['pending', 4],
      ['rejected', 8],
    ],
  });
  const seedCard = seedCardApplication(rng.fork('seed-card'), {
    ...common,
    contestId: 'c-grant',
    nominationId: 'nom-grant-memory',
  });
  const grantApps = [...grantGenerated, seedCard].sort(byNumericId);
  const prizeApps = contestApplications(rng.fork('prize-apps'), {
    ...common,
    contestId: 'c-prize',
    kind: 'prize',
    nominations: PRIZE_NOMINATIONS,
    ids: new ApplicationIds(rng.fork('prize-ids'), 3100, usedIds),
    designated: new Map(),
    avoidRegion: '',
    screeningWeights: [
      ['admitted', 90],
      ['pending', 4],
      ['rejected', 6],
    ],
  });

  const [htmlTitleId = '', scriptId = '', longId = '', emojiId = ''] = [...HOSTILE_POSITIONS.keys()].map(
    (p) => grantGenerated[p]?.id ?? '',
  );
  const tiedApplicant = grantGenerated.find(
    (a, i) =>
      a.nominationId === 'nom-grant-family' && a.screening.status === 'admitted' && !HOSTILE_POSITIONS.has(i),
  );
  if (tiedApplicant === undefined) throw new Error('No family application to tie the main expert to');
  const people = demoPeople(rng.fork('experts'), {
    grantApplications: grantApps,
    prizeApplications: prizeApps,
    grantNominationIds: GRANT_NOMINATIONS.map((s) => s.id),
    prizeNominationIds: PRIZE_NOMINATIONS.map((s) => s.id),
    expertAffiliation: tiedApplicant.organization,
    usedInn,
  });

  const contests = demoContests(t, year);
  const sets = demoCriteriaSets(t);
  const extension = demoExtension(t);
  const settingsOf = (id: string): StageContext['settings'] => {
    const contest = contests.find((c) => c.id === id);
    if (contest === undefined) throw new Error(`No contest ${id}`);
    return contest.settings;
  };
  const stageBase = {
    nowMs,
    startMs: t.expertStart,
    coordinator: COORDINATOR_ACTOR,
    bank: new CommentBank(rng.fork('comment-bank'), people.states.length, true),
    assignmentIds: new IdSequence('as'),
    sheetIds: new IdSequence('sh'),
  };
  const grantCtx: StageContext = {
    ...stageBase,
    contestId: 'c-grant',
    stageId: 'st-grant-expert',
    criteriaSetId: sets.grant.set.id,
    criteria: scoringCriteria(sets.grant.set.criteria),
    maxTotal: sets.grant.set.maxTotal,
    settings: settingsOf('c-grant'),
    dueAt: (expertId) => (expertId === extension.expertId ? extension.until : iso(t.grantDeadline)),
    criteriaVersionAt: (ms) => (ms < t.wordingChange ? 1 : 2),
    plantCopyAmong: ['u-e05', 'u-e06', 'u-e09', 'u-e10'],
    plantCopyCriterionId: 'cr-g-budget',
  };
  const prizeCtx: StageContext = {
    ...stageBase,
    contestId: 'c-prize',
    stageId: 'st-prize-expert',
    criteriaSetId: sets.prize.set.id,
    criteria: scoringCriteria(sets.prize.set.criteria),
    maxTotal: sets.prize.set.maxTotal,
    settings: settingsOf('c-prize'),
    dueAt: () => iso(t.prizeDeadline),
    criteriaVersionAt: () => 1,
    plantCopyAmong: [],
    plantCopyCriterionId: null,
  };

  const grantQueues: NamedQueue[] = [
    {
      expert: people.named.expert,
      statuses: EXPERT_GRANT_STATUSES,
      fixed: new Map<string, AssignmentStatus>([
        [SEED_CARD_ID, 'new'],
        [htmlTitleId, 'draft'],
        [scriptId, 'new'],
        [longId, 'submitted'],
        [emojiId, 'new'],
      ]),
      returnReason: RETURN_REASONS[0] ?? '',
    },
    { expert: people.named.chair, statuses: CHAIR_GRANT_STATUSES, fixed: new Map(), returnReason: '' },
  ];
  const prizeQueues: NamedQueue[] = [
    { expert: people.named.expert, statuses: EXPERT_PRIZE_STATUSES, fixed: new Map(), returnReason: '' },
  ];
  const admitted = (apps: Application[]): Application[] =>
    apps.filter((a) => a.screening.status === 'admitted');
  const plan = (label: string, apps: Application[], queues: NamedQueue[], ctx: StageContext) =>
    planPanels(
      rng.fork(label),
      admitted(apps),
      queues,
      people.pool,
      ctx.settings.expertsPerApplication,
      ctx.settings.regionRule,
      RETURN_REASONS,
    );
  const grantPanels = plan('grant-panels', grantApps, grantQueues, grantCtx);
  const prizePanels = plan('prize-panels', prizeApps, prizeQueues, prizeCtx);
  const grantEval = evaluateStage(rng.fork('grant-eval'), grantCtx, grantPanels);
  const prizeEval = evaluateStage(rng.fork('prize-eval'), prizeCtx, prizePanels);

  // Structure freezes with the first submission: returned sheets were submitted once too.
  const frozen = {
    grant: grantEval.sheets.some((s) => s.status !== 'draft'),
    prize: prizeEval.sheets.some((s) => s.status !== 'draft'),
  };
  sets.grant.set.frozen = frozen.grant;
  sets.prize.set.frozen = frozen.prize;
  const waiting = new Set(
    grantEval.assignments.filter((a) => a.status === 'new' || a.status === 'draft').map((a) => a.expertId),
  );

  return {
    preset: 'demo',
    seededAt: now.toISOString(),
    tables: {
      users: people.users,
      sessions: [],
      contests,
      stages: demoStages(t, frozen, extension),
      categories: [
        ...categoryRows('c-grant', GRANT_CATEGORIES),
        ...categoryRows('c-prize', PRIZE_CATEGORIES),
        ...categoryRows('c-draft', DRAFT_CATEGORIES),
      ],
      nominations: [
        ...nominationRows('c-grant', GRANT_NOMINATIONS),
        ...nominationRows('c-prize', PRIZE_NOMINATIONS),
        ...nominationRows('c-draft', DRAFT_NOMINATIONS),
      ],
      criteriaSets: [sets.grant.set, sets.prize.set, sets.draft.set],
      criteriaVersions: [...sets.grant.versions, ...sets.prize.versions, ...sets.draft.versions],
      experts: people.experts,
      applications: [...grantApps, ...prizeApps],
      assignments: [...grantEval.assignments, ...prizeEval.assignments],
      sheets: [...grantEval.sheets, ...prizeEval.sheets],
      sheetHistory: [...grantEval.sheetHistory, ...prizeEval.sheetHistory],
      auditEvents: finishAudit([
        ...structureAudit(t, contests, sets, extension),
        ...grantEval.audit,
        ...prizeEval.audit,
      ]),
      idempotency: [],
      reminders: [
        {
          id: 'rem-1',
          at: iso(mskMorning(nowMs, -1) + HOUR),
          stageId: 'st-grant-expert',
          expertIds: [...waiting].sort(),
          sentBy: COORDINATOR_ACTOR.id,
        },
      ],
    },
  };
}
