import type { SeedResult } from '../tables';
import { CommentBank } from './comments';
import { SEASON_CATEGORIES, SEASON_NOMINATIONS, categoryRows, nominationRows } from './contests';
import { grantCriteria } from './criteria';
import { finishAudit } from './evaluation-rows';
import { IdSequence } from './ids';
import { Rng } from './random';
import { seasonApplications } from './season-applications';
import { seasonEvaluations } from './season-evaluations';
import { seasonPeople } from './season-experts';
import { seasonPanels } from './season-panels';
import { seasonStress } from './season-stress';
import {
  SEASON_CONTEST_ID,
  SEASON_SET_ID,
  SEASON_STAGE_ID,
  seasonAudit,
  seasonContest,
  seasonCriteriaSet,
  seasonStages,
  seasonTimes,
} from './season-structure';
import { scoringCriteria } from './scoring';
import { DAY, HOUR, iso, toSecond } from './time';
import { COORDINATOR_ACTOR, ORGANIZER_ACTOR } from './users';

/**
 * The season preset: one grant contest at national scale — 40,000 applications in twelve
 * nominations, 1,000 pool experts plus the named accounts, three sheets per application — and,
 * beside it, the benchmark's stress contest (season-stress.ts): the same applications and sheets
 * copied into one nomination, so a ranking of 40,000 rows exists without bending the season itself.
 */
export function buildSeason(now: Date): SeedResult {
  const rng = new Rng('season');
  const nowMs = toSecond(now.getTime());
  const year = now.getUTCFullYear();
  const t = seasonTimes(nowMs);
  const usedInn = new Set<string>();
  const contest = seasonContest(t, year);

  const applications = seasonApplications(rng.fork('applications'), {
    contestId: SEASON_CONTEST_ID,
    nominations: SEASON_NOMINATIONS,
    year,
    firstId: 100_000,
    importStart: t.importStart,
    decisionsFrom: t.screeningStart + DAY,
    decisionsTo: t.screeningDeadline - 2 * HOUR,
    fileIds: new IdSequence('f'),
    usedInn,
    organizer: ORGANIZER_ACTOR,
  });
  const people = seasonPeople(rng.fork('experts'), applications, SEASON_NOMINATIONS, usedInn);
  const panels = seasonPanels(
    rng.fork('panels'),
    applications,
    people.pools,
    people.preassigned,
    contest.settings.expertsPerApplication,
  );

  const { set, versions } = seasonCriteriaSet(t, grantCriteria(2));
  const evaluations = seasonEvaluations(rng.fork('evaluations'), {
    contestId: SEASON_CONTEST_ID,
    stageId: SEASON_STAGE_ID,
    criteriaSetId: SEASON_SET_ID,
    criteria: scoringCriteria(set.criteria),
    maxTotal: set.maxTotal,
    settings: contest.settings,
    applications,
    panels,
    experts: people.states,
    pools: people.pools,
    named: new Set([people.mainExpert, people.chair]),
    bank: new CommentBank(rng.fork('comment-bank'), people.states.length, false),
    startMs: t.expertStart,
    nowMs,
    dueAt: iso(t.deadline),
    coordinator: COORDINATOR_ACTOR,
  });

  const stress = seasonStress({
    t,
    year,
    applications,
    assignments: evaluations.assignments,
    sheets: evaluations.sheets,
    experts: people.experts,
    keepQueues: new Set([people.mainExpert.row.id, people.chair.row.id]),
    wideExpertId: people.mainExpert.row.id,
  });

  return {
    preset: 'season',
    seededAt: now.toISOString(),
    tables: {
      users: people.users,
      sessions: [],
      contests: [contest, stress.contest],
      stages: [...seasonStages(t), ...stress.stages],
      categories: [...categoryRows(SEASON_CONTEST_ID, SEASON_CATEGORIES), stress.category],
      nominations: [...nominationRows(SEASON_CONTEST_ID, SEASON_NOMINATIONS), ...stress.nominations],
      criteriaSets: [set, ...stress.criteriaSets],
      criteriaVersions: [...versions, ...stress.criteriaVersions],
      experts: people.experts,
      applications: applications.concat(stress.applications),
      assignments: evaluations.assignments.concat(stress.assignments),
      sheets: evaluations.sheets.concat(stress.sheets),
      sheetHistory: evaluations.sheetHistory,
      auditEvents: finishAudit([
        ...seasonAudit(t, set.criteria.length, evaluations.assignments.length),
        ...evaluations.audit,
      ]),
      idempotency: [],
      reminders: [],
    },
  };
}
