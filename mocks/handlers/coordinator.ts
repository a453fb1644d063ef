import type { HttpHandler } from 'msw';
import { endpoints } from '@/api/endpoints';
import { compareRankingMethods, cutline, getRanking, listDivergences } from '@mocks/db/rules/coordination';
import { assignExtraExpert, eligibleExperts } from '@mocks/db/rules/extra-expert';
import { exportNomination } from '@mocks/db/rules/nomination-export';
import { getProgress, sendReminders } from '@mocks/db/rules/progress';
import { qualitySignals } from '@mocks/db/rules/quality-signals';
import { returnSheet, sheetHistory, sideBySide } from '@mocks/db/rules/sheet-review';
import { file, json, route } from '@mocks/handlers/support';

/**
 * Watching and settling a stage: progress, rankings, divergences, returns, extra experts, quality
 * signals, cut-lines and exports. Rankings are always aggregated here; raw sheets leave only through
 * the coordinator-only side-by-side view and the sheets export.
 */
export const coordinatorHandlers: HttpHandler[] = [
  route(endpoints.returnSheet, (ctx) =>
    json(ctx, 200, returnSheet(ctx, ctx.params.sheetId, ctx.body.reason)),
  ),

  route(endpoints.getSheetHistory, (ctx) => json(ctx, 200, sheetHistory(ctx.db, ctx.params.sheetId))),

  route(endpoints.getRanking, (ctx) =>
    json(ctx, 200, getRanking(ctx.db, ctx.params.stageId, ctx.params.nominationId, ctx.query)),
  ),

  route(endpoints.compareRankingMethods, (ctx) =>
    json(ctx, 200, compareRankingMethods(ctx.db, ctx.params.stageId, ctx.params.nominationId, ctx.query)),
  ),

  route(endpoints.getProgress, (ctx) =>
    json(ctx, 200, getProgress(ctx.db, ctx.params.stageId, ctx.query, ctx.now)),
  ),

  route(endpoints.sendReminders, (ctx) =>
    json(ctx, 200, sendReminders(ctx, ctx.params.stageId, ctx.body.expertIds)),
  ),

  route(endpoints.listDivergences, (ctx) =>
    json(ctx, 200, listDivergences(ctx.db, ctx.params.stageId, ctx.query)),
  ),

  route(endpoints.getSideBySide, (ctx) =>
    json(ctx, 200, sideBySide(ctx.db, ctx.params.stageId, ctx.params.applicationId)),
  ),

  route(endpoints.assignExtraExpert, (ctx) =>
    json(ctx, 200, assignExtraExpert(ctx, ctx.params.stageId, ctx.params.applicationId, ctx.body.expertId)),
  ),

  route(endpoints.listEligibleExperts, (ctx) =>
    json(ctx, 200, eligibleExperts(ctx.db, ctx.params.stageId, ctx.query.applicationId)),
  ),

  route(endpoints.listQualitySignals, (ctx) =>
    json(ctx, 200, { items: qualitySignals(ctx.db, ctx.params.stageId, ctx.query.kind) }),
  ),

  route(endpoints.exportNomination, async (ctx) => {
    const { body, contentType, contentDisposition } = await exportNomination(
      ctx.db,
      ctx.params.stageId,
      ctx.params.nominationId,
      ctx.query,
    );
    return file(ctx, body, contentType, { 'Content-Disposition': contentDisposition });
  }),

  route(endpoints.getCutline, (ctx) =>
    json(ctx, 200, cutline(ctx.db, ctx.params.stageId, ctx.params.nominationId, ctx.query)),
  ),
];
