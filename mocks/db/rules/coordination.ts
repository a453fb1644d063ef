import type { Page } from '@/api/schemas/common';
import type { AggregationMethod, Stage } from '@/api/schemas/contests';
import type {
  CutlineQuery,
  CutlineResult,
  Divergence,
  DivergenceQuery,
  MethodComparisonQuery,
  MethodComparisonRow,
  RankingPage,
  RankingQuery,
  RankingRow,
} from '@/api/schemas/coordination';
import { AGGREGATION_METHODS } from '@/domain/aggregation';
import { compareApplicationIds, SCORE_EPSILON } from '@/domain/ranking';
import type { DivergenceReason } from '@/domain/divergence';
import type { MockDatabase } from '@mocks/db/database';
import { derived } from '@mocks/db/rules/derived-cache';
import {
  methodComparison,
  rankedApplications,
  sortedRanking,
  stageAggregates,
  type NominationAggregates,
  type RankedApplication,
  type StageAggregates,
} from '@mocks/db/rules/stage-aggregates';
import { formatNumber, requireStage, requireStageNomination } from '@mocks/db/rules/staff-context';
import { notFound } from '@mocks/handlers/support';

/**
 * A nomination without a criteria set (a screening or not yet configured stage) still has a ranking:
 * its entrants, all unscored, so the coordinator sees who is in the stage.
 */
export function nominationAggregates(
  db: MockDatabase,
  stageId: string,
  nominationId: string,
): { stage: StageAggregates; n: NominationAggregates } {
  const { stage } = requireStageNomination(db, stageId, nominationId);
  const aggregates = stageAggregates(db, stage);
  const n = aggregates.nominations.get(nominationId);
  if (n === undefined) throw notFound('Номинация не найдена');
  return { stage: aggregates, n };
}

export function toRankingRow(r: RankedApplication): RankingRow {
  return {
    rank: r.rank,
    applicationId: r.app.id,
    title: r.app.title,
    organizationName: r.app.organization.name,
    regionName: r.app.region.name,
    requestedAmount: r.app.requestedAmount,
    submittedCount: r.submittedCount,
    requiredCount: r.requiredCount,
    score: r.score,
    percent: r.percent,
    criterionMeans: r.criterionMeans,
    spread: r.spread,
    flags: r.flags,
    tieBreak: r.tieBreak,
  };
}

/** Nulls (nothing submitted yet) sort last in either direction: they are not "lowest", they are unknown. */
function nullsLast(a: number | null, b: number | null, descending: boolean): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return descending ? b - a : a - b;
}

export function getRanking(
  db: MockDatabase,
  stageId: string,
  nominationId: string,
  query: RankingQuery,
): RankingPage {
  const { stage, n } = nominationAggregates(db, stageId, nominationId);
  const method = query.method ?? stage.contest.settings.aggregationMethod;
  // Sorted once per database revision (cached), then filtered: filtering keeps the order.
  let rows = sortedRanking(n, method, query.sort ?? 'rank');
  const q = query.q?.trim().toLocaleLowerCase('ru') ?? '';
  if (q !== '' || query.flag !== undefined) {
    rows = rows.filter(
      (r) =>
        (query.flag === undefined || r.flags.includes(query.flag)) &&
        (q === '' || r.app.id.includes(q) || r.searchText.includes(q)),
    );
  }
  const start = (query.page - 1) * query.pageSize;
  return {
    items: rows.slice(start, start + query.pageSize).map(toRankingRow),
    page: query.page,
    pageSize: query.pageSize,
    total: rows.length,
    method,
    maxTotal: n.maxTotal,
    criteria: n.set?.criteria.map((c) => ({ id: c.id, title: c.title })) ?? [],
    computedAt: stage.computedAt,
  };
}

/** Rows follow the first requested method's ranking, so the table reads top-down like the ranking. */
export function compareRankingMethods(
  db: MockDatabase,
  stageId: string,
  nominationId: string,
  query: MethodComparisonQuery,
): Page<MethodComparisonRow> {
  const { n } = nominationAggregates(db, stageId, nominationId);
  const methods: AggregationMethod[] = query.methods ?? [...AGGREGATION_METHODS];
  const lead = methods[0] ?? 'mean';
  const titles = new Map(n.applications.map((a) => [a.id, a.title]));
  const rows = [...methodComparison(n)].sort(
    (a, b) =>
      nullsLast(a.ranks[lead], b.ranks[lead], false) ||
      compareApplicationIds(a.applicationId, b.applicationId),
  );
  const start = (query.page - 1) * query.pageSize;
  const items = rows.slice(start, start + query.pageSize).map((r) => {
    const ranks: MethodComparisonRow['ranks'] = {};
    const scores: MethodComparisonRow['scores'] = {};
    for (const m of methods) {
      ranks[m] = r.ranks[m];
      scores[m] = r.scores[m];
    }
    return { applicationId: r.applicationId, title: titles.get(r.applicationId) ?? '', ranks, scores };
  });
  return { items, page: query.page, pageSize: query.pageSize, total: rows.length };
}

/**
 * Who wins at a passing score (everyone at or above it) or with a number of winners (the top N by
 * rank order, tie-breaks applied), and what that costs in requested roubles.
 */
export function cutline(
  db: MockDatabase,
  stageId: string,
  nominationId: string,
  query: CutlineQuery,
): CutlineResult {
  const { stage, n } = nominationAggregates(db, stageId, nominationId);
  const ranked = rankedApplications(n, query.method ?? stage.contest.settings.aggregationMethod).filter(
    (r) => r.score !== null,
  );
  const passing = query.passingScore;
  const winners =
    passing !== undefined
      ? ranked.filter((r) => (r.score ?? 0) >= passing - SCORE_EPSILON)
      : ranked.slice(0, query.winners ?? 0);
  // Kopecks summed as integers: forty thousand amounts must not drift.
  const kopecks = winners.reduce((sum, r) => sum + Math.round(r.app.requestedAmount * 100), 0);
  return { winners: winners.length, totalRequested: kopecks / 100, rows: winners.map(toRankingRow) };
}

export function describeDivergence(
  reason: DivergenceReason,
  n: NominationAggregates,
  percent: number,
): string {
  if (reason.kind === 'total') {
    return (
      `Разброс итоговых баллов ${formatNumber(reason.spread)} превышает порог ${formatNumber(reason.threshold)} ` +
      `(${formatNumber(percent)} % от максимума ${formatNumber(n.maxTotal)})`
    );
  }
  const title = n.set?.criteria[reason.criterionIndex]?.title ?? `№ ${reason.criterionIndex + 1}`;
  return `Критерий «${title}»: разброс ${formatNumber(reason.spread)} балл. при пороге ${formatNumber(reason.threshold)}`;
}

/** Every divergent application of a stage, widest spread first; built once per database revision. */
function stageDivergences(db: MockDatabase, stage: Stage): Divergence[] {
  return derived(db, `divergences:${stage.id}`, () => {
    const aggregates = stageAggregates(db, stage);
    const percent = aggregates.contest.settings.divergence.totalSpreadPercent;
    const rows: Divergence[] = [];
    for (const n of aggregates.nominations.values()) {
      for (const app of n.applications) {
        const result = n.divergence.get(app.id);
        if (result?.divergent !== true) continue;
        const sheets = n.sheetsByApp.get(app.id) ?? [];
        const totals = sheets.map((s) => s.total);
        rows.push({
          applicationId: app.id,
          title: app.title,
          nominationId: n.nomination.id,
          spread: Math.max(...totals) - Math.min(...totals),
          reasons: result.reasons.map((r) => describeDivergence(r, n, percent)),
          sheetCount: sheets.length,
        });
      }
    }
    return rows.sort(
      (a, b) => b.spread - a.spread || compareApplicationIds(a.applicationId, b.applicationId),
    );
  });
}

export function listDivergences(db: MockDatabase, stageId: string, query: DivergenceQuery): Page<Divergence> {
  const all = stageDivergences(db, requireStage(db, stageId));
  const rows =
    query.nominationId === undefined ? all : all.filter((r) => r.nominationId === query.nominationId);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: rows.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: rows.length,
  };
}
