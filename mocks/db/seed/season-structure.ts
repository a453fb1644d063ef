import type { Contest, Stage } from '@/api/schemas/contests';
import type { Criterion } from '@/api/schemas/criteria';
import { SEASON_DESCRIPTION, grantSettings, stagePlan, stageRows } from './contests';
import { grantCriteria } from './criteria';
import { criteriaSetRows } from './criteria-rows';
import type { PendingAuditEvent } from './evaluation-rows';
import { iso, mskEndOfDay, mskMorning } from './time';
import { COORDINATOR_ACTOR, ORGANIZER_ACTOR, actor } from './users';

export const SEASON_CONTEST_ID = 'c-season';
export const SEASON_STAGE_ID = 'st-season-expert';
export const SEASON_SET_ID = 'cs-season';

export function seasonTimes(nowMs: number) {
  return {
    created: mskMorning(nowMs, -90),
    importStart: mskMorning(nowMs, -60),
    screeningStart: mskMorning(nowMs, -50),
    screeningDeadline: mskEndOfDay(nowMs, -25),
    criteriaCreated: mskMorning(nowMs, -30),
    expertStart: mskMorning(nowMs, -20),
    deadline: mskEndOfDay(nowMs, 7),
  };
}
export type SeasonTimes = ReturnType<typeof seasonTimes>;

export function seasonContest(t: SeasonTimes, year: number): Contest {
  return {
    id: SEASON_CONTEST_ID,
    title: `Национальный конкурс грантов для СО НКО — сезон ${year}`,
    kind: 'grant',
    description: SEASON_DESCRIPTION,
    status: 'active',
    settings: grantSettings(),
    createdAt: iso(t.created),
    updatedAt: iso(t.criteriaCreated),
  };
}

/** Frozen from the start of scoring: the season is mid-stage with most sheets submitted. */
export function seasonCriteriaSet(t: SeasonTimes, criteria: Criterion[]) {
  return criteriaSetRows(
    SEASON_SET_ID,
    SEASON_CONTEST_ID,
    'Критерии оценки заявок (по методике Фонда президентских грантов)',
    [{ criteria: grantCriteria(2), at: t.criteriaCreated, change: 'created' }],
    criteria,
    true,
  );
}

export function seasonStages(t: SeasonTimes): Stage[] {
  return stageRows(SEASON_CONTEST_ID, [
    stagePlan('st-season-screening', 'screening', 'Техническая экспертиза', 'closed', [
      t.screeningStart,
      t.screeningDeadline,
    ]),
    stagePlan(SEASON_STAGE_ID, 'expert', 'Экспертная оценка', 'active', [t.expertStart, t.deadline], {
      criteriaSetId: SEASON_SET_ID,
      structureFrozen: true,
    }),
    stagePlan('st-season-final', 'final', 'Подведение итогов', 'planned', [
      mskMorning(t.deadline, 3),
      mskEndOfDay(t.deadline, 20),
    ]),
  ]);
}

/** A handful of set-up events: the season's per-sheet audit would dwarf the data it describes. */
export function seasonAudit(
  t: SeasonTimes,
  criteriaCount: number,
  assignmentCount: number,
): PendingAuditEvent[] {
  const base = { contestId: SEASON_CONTEST_ID, before: null, reason: null };
  return [
    {
      ...base,
      atMs: t.created,
      actor: actor(ORGANIZER_ACTOR),
      objectType: 'contest',
      objectId: SEASON_CONTEST_ID,
      action: 'created',
      after: null,
    },
    {
      ...base,
      atMs: t.criteriaCreated,
      actor: actor(ORGANIZER_ACTOR),
      objectType: 'criteriaSet',
      objectId: SEASON_SET_ID,
      action: 'created',
      after: { version: 1, criteria: criteriaCount },
    },
    {
      ...base,
      atMs: t.screeningDeadline,
      actor: actor(ORGANIZER_ACTOR),
      objectType: 'stage',
      objectId: 'st-season-screening',
      action: 'updated',
      before: { status: 'active' },
      after: { status: 'closed' },
    },
    {
      ...base,
      atMs: t.expertStart,
      actor: actor(ORGANIZER_ACTOR),
      objectType: 'stage',
      objectId: SEASON_STAGE_ID,
      action: 'updated',
      before: { status: 'planned' },
      after: { status: 'active' },
    },
    {
      ...base,
      atMs: t.expertStart,
      actor: actor(COORDINATOR_ACTOR),
      objectType: 'assignment',
      objectId: SEASON_STAGE_ID,
      action: 'created',
      after: { count: assignmentCount },
    },
  ];
}
