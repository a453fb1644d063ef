import type { Contest, DeadlineExtension, Stage } from '@/api/schemas/contests';
import type { CriteriaSet, CriteriaSetVersion } from '@/api/schemas/criteria';
import {
  DRAFT_DESCRIPTION,
  GRANT_DESCRIPTION,
  PRIZE_DESCRIPTION,
  draftSettings,
  grantSettings,
  prizeSettings,
  stagePlan,
  stageRows,
} from './contests';
import { draftCriteria, grantCriteria, prizeCriteria } from './criteria';
import { criteriaSetRows } from './criteria-rows';
import type { PendingAuditEvent } from './evaluation-rows';
import { DAY, HOUR, iso, mskEndOfDay, mskMorning } from './time';
import { ORGANIZER_ACTOR, actor } from './users';

/** The demo's calendar, all relative to "now" (ms). */
export function demoTimes(nowMs: number) {
  return {
    nowMs,
    contestsCreated: mskMorning(nowMs, -120),
    importStart: mskMorning(nowMs, -70),
    screeningStart: mskMorning(nowMs, -62),
    screeningDeadline: mskEndOfDay(nowMs, -31),
    criteriaCreated: mskMorning(nowMs, -40),
    expertStart: mskMorning(nowMs, -25),
    wordingChange: mskMorning(nowMs, -10) + 5 * HOUR,
    grantDeadline: mskEndOfDay(nowMs, 5),
    prizeDeadline: mskEndOfDay(nowMs, 12),
    extensionCreated: mskMorning(nowMs, -2) + 4 * HOUR,
    draftCreated: mskMorning(nowMs, -6),
    draftCriteriaCreated: mskMorning(nowMs, -5),
  };
}
export type DemoTimes = ReturnType<typeof demoTimes>;

export interface DemoCriteriaSets {
  grant: { set: CriteriaSet; versions: CriteriaSetVersion[] };
  prize: { set: CriteriaSet; versions: CriteriaSetVersion[] };
  draft: { set: CriteriaSet; versions: CriteriaSetVersion[] };
}

/**
 * The grant set got a wording fix after scoring had started (logged, allowed on a frozen set), so
 * its sheets are spread over versions 1 and 2.
 */
export function demoCriteriaSets(t: DemoTimes): DemoCriteriaSets {
  return {
    grant: criteriaSetRows(
      'cs-grant',
      'c-grant',
      'Критерии оценки заявок (по методике Фонда президентских грантов)',
      [
        { criteria: grantCriteria(1), at: t.criteriaCreated, change: 'created' },
        { criteria: grantCriteria(2), at: t.wordingChange, change: 'wording' },
      ],
      grantCriteria(2),
      false,
    ),
    prize: criteriaSetRows(
      'cs-prize',
      'c-prize',
      'Критерии оценки практик Премии',
      [{ criteria: prizeCriteria(), at: t.criteriaCreated, change: 'created' }],
      prizeCriteria(),
      false,
    ),
    draft: criteriaSetRows(
      'cs-draft',
      'c-draft',
      'Критерии малых грантов (черновик)',
      [{ criteria: draftCriteria(), at: t.draftCriteriaCreated, change: 'created' }],
      draftCriteria(),
      false,
    ),
  };
}

export function demoExtension(t: DemoTimes): DeadlineExtension {
  return {
    id: 'ext-1',
    stageId: 'st-grant-expert',
    expertId: 'u-e07',
    until: iso(t.grantDeadline + 3 * DAY),
    reason: 'Эксперт был на больничном; продление по служебной записке координатора.',
    createdAt: iso(t.extensionCreated),
  };
}

export function demoStages(
  t: DemoTimes,
  frozen: { grant: boolean; prize: boolean },
  extension: DeadlineExtension,
): Stage[] {
  const final = (deadline: number): [number, number] => [mskMorning(deadline, 3), mskEndOfDay(deadline, 20)];
  const screening: [number, number] = [t.screeningStart, t.screeningDeadline];
  return [
    ...stageRows('c-grant', [
      stagePlan('st-grant-screening', 'screening', 'Техническая экспертиза', 'closed', screening),
      stagePlan(
        'st-grant-expert',
        'expert',
        'Экспертная оценка',
        'active',
        [t.expertStart, t.grantDeadline],
        {
          criteriaSetId: 'cs-grant',
          structureFrozen: frozen.grant,
          extensions: [extension],
        },
      ),
      stagePlan('st-grant-final', 'final', 'Подведение итогов', 'planned', final(t.grantDeadline)),
    ]),
    ...stageRows('c-prize', [
      stagePlan('st-prize-screening', 'screening', 'Технический отбор', 'closed', screening),
      stagePlan(
        'st-prize-expert',
        'expert',
        'Заочная экспертная оценка',
        'active',
        [t.expertStart, t.prizeDeadline],
        {
          criteriaSetId: 'cs-prize',
          structureFrozen: frozen.prize,
        },
      ),
      stagePlan('st-prize-final', 'final', 'Финал: очная защита', 'planned', final(t.prizeDeadline)),
    ]),
    ...stageRows('c-draft', [
      stagePlan('st-draft-screening', 'screening', 'Техническая экспертиза', 'planned', [
        mskMorning(t.nowMs, 45),
        mskEndOfDay(t.nowMs, 60),
      ]),
      stagePlan(
        'st-draft-expert',
        'expert',
        'Экспертная оценка',
        'planned',
        [mskMorning(t.nowMs, 62), mskEndOfDay(t.nowMs, 80)],
        {
          criteriaSetId: 'cs-draft',
        },
      ),
    ]),
  ];
}

export function demoContests(t: DemoTimes, year: number): Contest[] {
  return [
    {
      id: 'c-grant',
      title: `Конкурс грантов для социально ориентированных НКО — ${year}`,
      kind: 'grant',
      description: GRANT_DESCRIPTION,
      status: 'active',
      settings: grantSettings(),
      createdAt: iso(t.contestsCreated),
      updatedAt: iso(t.criteriaCreated),
    },
    {
      id: 'c-prize',
      title: `Международная Премия #МЫВМЕСТЕ — ${year}`,
      kind: 'prize',
      description: PRIZE_DESCRIPTION,
      status: 'active',
      settings: prizeSettings(),
      createdAt: iso(t.contestsCreated + HOUR),
      updatedAt: iso(t.criteriaCreated),
    },
    {
      id: 'c-draft',
      title: `Малые гранты для инициативных групп — ${year + 1}`,
      kind: 'grant',
      description: DRAFT_DESCRIPTION,
      status: 'draft',
      settings: draftSettings(),
      createdAt: iso(t.draftCreated),
      updatedAt: iso(t.draftCriteriaCreated),
    },
  ];
}

type StructureEvent = Pick<
  PendingAuditEvent,
  'atMs' | 'contestId' | 'objectType' | 'objectId' | 'action' | 'after'
> &
  Partial<Pick<PendingAuditEvent, 'before' | 'reason'>>;

/** The organizer's set-up, so the audit log starts where the contest did. */
export function structureAudit(
  t: DemoTimes,
  contests: readonly Contest[],
  sets: DemoCriteriaSets,
  extension: DeadlineExtension,
): PendingAuditEvent[] {
  const events: StructureEvent[] = contests.map((c) => ({
    atMs: Date.parse(c.createdAt),
    contestId: c.id,
    objectType: 'contest',
    objectId: c.id,
    action: 'created',
    after: { title: c.title },
  }));
  for (const { set, versions } of [sets.grant, sets.prize, sets.draft]) {
    events.push({
      atMs: Date.parse(versions[0]?.changedAt ?? set.updatedAt),
      contestId: set.contestId,
      objectType: 'criteriaSet',
      objectId: set.id,
      action: 'created',
      after: { version: 1, criteria: set.criteria.length },
    });
  }
  events.push({
    atMs: t.wordingChange,
    contestId: 'c-grant',
    objectType: 'criteriaSet',
    objectId: 'cs-grant',
    action: 'wordingChanged',
    before: { version: 1 },
    after: { version: 2, criterionId: 'cr-g-cost' },
    reason:
      'Уточнено описание критерия: добавлено сопоставление стоимости результата с аналогичными проектами.',
  });
  for (const key of ['grant', 'prize'] as const) {
    const contestId = `c-${key}`;
    events.push(
      {
        atMs: t.screeningDeadline,
        contestId,
        objectType: 'stage',
        objectId: `st-${key}-screening`,
        action: 'updated',
        before: { status: 'active' },
        after: { status: 'closed' },
      },
      {
        atMs: t.expertStart,
        contestId,
        objectType: 'stage',
        objectId: `st-${key}-expert`,
        action: 'updated',
        before: { status: 'planned' },
        after: { status: 'active' },
      },
    );
  }
  events.push({
    atMs: t.extensionCreated,
    contestId: 'c-grant',
    objectType: 'deadline',
    // As the live rule records it: the stage is the object, the extension is what was added.
    objectId: extension.stageId,
    action: 'extended',
    before: { deadline: iso(t.grantDeadline) },
    after: extension,
    reason: extension.reason,
  });
  return events.map((e) => ({ actor: actor(ORGANIZER_ACTOR), before: null, reason: null, ...e }));
}
