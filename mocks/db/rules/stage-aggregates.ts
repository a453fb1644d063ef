import type { Application } from '@/api/schemas/applications';
import type { AggregationMethod, Contest, Nomination, Stage, TieBreakRule } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type { RankingFlag, RankingQuery, TieBreakInfo } from '@/api/schemas/coordination';
import { aggregateApplications, type SubmittedSheet } from '@/domain/aggregation';
import { compareMethods, type MethodComparisonRow } from '@/domain/method-comparison';
import { detectDivergence, type DivergenceResult } from '@/domain/divergence';
import { compareApplicationIds, rankOrder } from '@/domain/ranking';
import { buildExpertStats, describeTotals, type PanelScale, type TotalStats } from '@/domain/z-score';
import type { MockDatabase, TableName } from '@mocks/db/database';
import { derived } from '@mocks/db/rules/derived-cache';
import { criteriaSetForNomination, stageApplicationIds } from '@mocks/db/rules/stage-scope';
import { requireContest } from '@mocks/db/rules/staff-context';

/** One application's line in a ranking, before paging; `position` is its place in rank order. */
export interface RankedApplication {
  position: number;
  rank: number;
  app: Application;
  /** Lower-cased title and organisation, prepared once for search. */
  searchText: string;
  submittedCount: number;
  requiredCount: number;
  score: number | null;
  percent: number | null;
  criterionMeans: (number | null)[];
  spread: number | null;
  flags: RankingFlag[];
  tieBreak: TieBreakInfo | null;
}

/** Method-independent facts about one nomination of a stage. */
export interface NominationAggregates {
  nomination: Nomination;
  set: CriteriaSet | null;
  maxTotal: number;
  criteriaIds: string[];
  applications: Application[];
  sheets: SubmittedSheet[];
  /** Submitted sheets per application, for divergence and side-by-side checks. */
  sheetsByApp: Map<string, SubmittedSheet[]>;
  divergence: Map<string, DivergenceResult>;
  requiredCount: Map<string, number>;
  recusal: Set<string>;
  tieBreak: TieBreakRule[];
  expertStats: ReadonlyMap<string, TotalStats> | undefined;
  panel: PanelScale | undefined;
  rankings: Map<AggregationMethod, RankedApplication[]>;
  /** Rank order re-sorted by another column, per method and sort. */
  sorted: Map<string, RankedApplication[]>;
  comparison: MethodComparisonRow[] | null;
}

export interface StageAggregates {
  stage: Stage;
  contest: Contest;
  nominations: Map<string, NominationAggregates>;
  computedAt: string;
}

function scoresInOrder(scores: Record<string, number | null>, criteriaIds: readonly string[]): number[] {
  return criteriaIds.map((id) => scores[id] ?? 0);
}

/**
 * One pass over the stage's sheets and assignments builds every nomination's inputs; rankings per
 * method are then computed on first request and kept until the next write. At season scale (120k
 * sheets) the pass is the expensive part and happens once per database revision.
 */
export function stageAggregates(db: MockDatabase, stage: Stage): StageAggregates {
  return derived(db, `stageAggregates:${stage.id}`, () => buildStage(db, stage), STAGE_TABLES);
}

/** What a stage's aggregates read; sign-ins, reminders, idempotency keys and history do not touch them. */
const STAGE_TABLES: readonly TableName[] = [
  'contests',
  'stages',
  'categories',
  'nominations',
  'criteriaSets',
  'applications',
  'assignments',
  'sheets',
  'auditEvents',
];

function buildStage(db: MockDatabase, stage: Stage): StageAggregates {
  const contest = requireContest(db, stage.contestId);
  const settings = contest.settings;
  const members = stageApplicationIds(db, stage);
  const nominations = new Map<string, NominationAggregates>();
  for (const nomination of db.group('nominations', 'byContest', stage.contestId)) {
    const set = criteriaSetForNomination(db, stage, nomination);
    const criteriaIds = set?.criteria.map((c) => c.id) ?? [];
    const known = new Set(criteriaIds);
    nominations.set(nomination.id, {
      nomination,
      set,
      maxTotal: set?.maxTotal ?? 0,
      criteriaIds,
      applications: [],
      sheets: [],
      sheetsByApp: new Map(),
      divergence: new Map(),
      requiredCount: new Map(),
      recusal: new Set(),
      // A rule naming a criterion of another set cannot order this nomination; it is skipped here.
      tieBreak: settings.tieBreak.filter((r) => r.kind !== 'criterion' || known.has(r.criterionId)),
      expertStats: undefined,
      panel: undefined,
      rankings: new Map(),
      sorted: new Map(),
      comparison: null,
    });
  }
  for (const id of members) {
    const app = db.get('applications', id);
    if (app === undefined) continue;
    nominations.get(app.nominationId)?.applications.push(app);
  }
  const active = new Map<string, number>();
  for (const a of db.assignmentsByStage(stage.id)) {
    const n = nominations.get(a.nominationId);
    if (n === undefined) continue;
    if (a.status === 'recused') n.recusal.add(a.applicationId);
    else active.set(a.applicationId, (active.get(a.applicationId) ?? 0) + 1);
  }
  // z-scores normalise each expert across everything they scored on the same criteria set in the stage.
  const bySet = new Map<string, SubmittedSheet[]>();
  for (const sheet of db.group('sheets', 'byStage', stage.id)) {
    if (sheet.status !== 'submitted') continue;
    const app = db.get('applications', sheet.applicationId);
    const n = app === undefined ? undefined : nominations.get(app.nominationId);
    if (n === undefined || n.set === null) continue;
    const submitted: SubmittedSheet = {
      applicationId: sheet.applicationId,
      expertId: sheet.expertId,
      total: sheet.total ?? 0,
      criterionScores: scoresInOrder(sheet.scores, n.criteriaIds),
      submittedAt: sheet.submittedAt ?? sheet.updatedAt,
    };
    n.sheets.push(submitted);
    const list = n.sheetsByApp.get(sheet.applicationId);
    if (list === undefined) n.sheetsByApp.set(sheet.applicationId, [submitted]);
    else list.push(submitted);
    const setSheets = bySet.get(n.set.id);
    if (setSheets === undefined) bySet.set(n.set.id, [submitted]);
    else setSheets.push(submitted);
  }
  const statsBySet = new Map<string, { stats: Map<string, TotalStats>; panel: PanelScale }>();
  for (const [setId, sheets] of bySet) {
    statsBySet.set(setId, {
      stats: buildExpertStats(sheets),
      panel: describeTotals(sheets.map((s) => s.total)),
    });
  }
  for (const n of nominations.values()) {
    n.applications.sort((a, b) => compareApplicationIds(a.id, b.id));
    const stats = n.set === null ? undefined : statsBySet.get(n.set.id);
    n.expertStats = stats?.stats;
    n.panel = stats?.panel;
    for (const app of n.applications) {
      n.requiredCount.set(app.id, Math.max(settings.expertsPerApplication, active.get(app.id) ?? 0));
      const sheets = n.sheetsByApp.get(app.id) ?? [];
      n.divergence.set(app.id, detectDivergence(sheets, n.maxTotal, settings.divergence));
    }
  }
  return { stage, contest, nominations, computedAt: db.nowIso() };
}

/** The nomination's ranking under `method`, computed once per database revision. */
export function rankedApplications(n: NominationAggregates, method: AggregationMethod): RankedApplication[] {
  const cached = n.rankings.get(method);
  if (cached !== undefined) return cached;
  const aggregates = aggregateApplications({
    sheets: n.sheets,
    method,
    criterionCount: n.criteriaIds.length,
    applicationIds: n.applications.map((a) => a.id),
    ...(n.expertStats === undefined ? {} : { expertStats: n.expertStats }),
    ...(n.panel === undefined ? {} : { panel: n.panel }),
  });
  const { order, ranks, tieBreaks } = rankOrder(aggregates, n.tieBreak, n.criteriaIds);
  const rows: RankedApplication[] = [];
  for (let p = 0; p < order.length; p++) {
    const a = order[p] ?? 0;
    const agg = aggregates[a];
    const app = n.applications[a];
    if (agg === undefined || app === undefined) continue;
    const required = n.requiredCount.get(app.id) ?? 0;
    const flags: RankingFlag[] = [];
    if (n.divergence.get(app.id)?.divergent === true) flags.push('divergent');
    if (agg.submittedCount < required) flags.push('incomplete');
    if (n.recusal.has(app.id)) flags.push('recusal');
    const tie = tieBreaks[p];
    rows.push({
      position: p,
      // Unscored applications have no competition rank; they are listed after everyone, in order.
      rank: ranks[p] ?? p + 1,
      app,
      searchText: `${app.title}\u0000${app.organization.name}`.toLocaleLowerCase('ru'),
      submittedCount: agg.submittedCount,
      requiredCount: required,
      score: agg.score,
      percent: agg.score === null || n.maxTotal === 0 ? null : (agg.score / n.maxTotal) * 100,
      criterionMeans: agg.criterionMeans,
      spread: agg.spread,
      flags,
      tieBreak: tie === undefined ? null : { withApplicationId: tie.withApplicationId, rule: tie.rule },
    });
  }
  // A tie-break explanation links a row to the one above; both were tied on score.
  for (let p = 1; p < rows.length; p++) {
    const row = rows[p];
    const above = rows[p - 1];
    if (row?.tieBreak === null || row === undefined || above === undefined) continue;
    if (!row.flags.includes('tied')) row.flags.push('tied');
    if (!above.flags.includes('tied')) above.flags.push('tied');
  }
  n.rankings.set(method, rows);
  return rows;
}

export function methodComparison(n: NominationAggregates): MethodComparisonRow[] {
  n.comparison ??= compareMethods({
    sheets: n.sheets,
    criterionCount: n.criteriaIds.length,
    applicationIds: n.applications.map((a) => a.id),
    ...(n.expertStats === undefined ? {} : { expertStats: n.expertStats }),
    ...(n.panel === undefined ? {} : { panel: n.panel }),
    tieBreak: { rules: n.tieBreak, criteriaIds: n.criteriaIds },
  });
  return n.comparison;
}

export type RankingSort = NonNullable<RankingQuery['sort']>;

/**
 * The ranking ordered by `sort`, cached beside the ranking itself: at 40,000 rows a comparator sort
 * per request (string id comparisons above all) costs more than the rest of the request. Keys go into
 * typed arrays once; unknown values (nothing submitted) sort last in either direction; equal keys
 * keep rank order. Filtering later keeps this order, so one sort serves every search.
 */
export function sortedRanking(
  n: NominationAggregates,
  method: AggregationMethod,
  sort: RankingSort,
): RankedApplication[] {
  const rows = rankedApplications(n, method);
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  if (field === 'rank') return descending ? reversed(n, method, rows) : rows;
  const cacheKey = `${method}|${sort}`;
  const cached = n.sorted.get(cacheKey);
  if (cached !== undefined) return cached;
  const count = rows.length;
  const key = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const row = rows[i] as RankedApplication;
    const value =
      field === 'score'
        ? row.score
        : field === 'spread'
          ? row.spread
          : field === 'submitted'
            ? row.submittedCount
            : idNumber(row.app.id);
    key[i] = value === null ? NaN : descending ? -value : value;
  }
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const byString = field === 'id' && key.some((v) => Number.isNaN(v));
  const sorted = byString
    ? [...rows].sort((a, b) => {
        const byId = compareApplicationIds(a.app.id, b.app.id);
        return (descending ? -byId : byId) || a.position - b.position;
      })
    : Array.from(
        order.sort((a, b) => {
          const x = key[a] ?? NaN;
          const y = key[b] ?? NaN;
          // NaN (unknown) last; then the key; then rank order, which keeps the sort stable.
          if (x !== y) {
            if (Number.isNaN(x)) return Number.isNaN(y) ? a - b : 1;
            if (Number.isNaN(y)) return -1;
            return x - y;
          }
          return a - b;
        }),
        (i) => rows[i] as RankedApplication,
      );
  n.sorted.set(cacheKey, sorted);
  return sorted;
}

function reversed(n: NominationAggregates, method: AggregationMethod, rows: RankedApplication[]) {
  const cacheKey = `${method}|-rank`;
  const cached = n.sorted.get(cacheKey);
  if (cached !== undefined) return cached;
  const out = [...rows].reverse();
  n.sorted.set(cacheKey, out);
  return out;
}

/** A digit id without leading zeros as its exact number; NaN for anything else (string comparison). */
function idNumber(id: string): number {
  if (id.length === 0 || id.length > 15 || (id.length > 1 && id.charCodeAt(0) === 48)) return NaN;
  let value = 0;
  for (let k = 0; k < id.length; k++) {
    const d = id.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}
