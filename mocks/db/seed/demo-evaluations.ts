import type { Actor } from '@/api/schemas/common';
import type { ContestSettings } from '@/api/schemas/contests';
import type { Assignment, RecusalReason } from '@/api/schemas/sheets';
import type { SheetHistoryRow, SheetRow } from '../tables';
import { RECUSAL_TEXTS } from './comment-phrases';
import type { CommentBank } from './comments';
import type { AssignmentPlan } from './demo-panels';
import { plantCopiedComment, sheetDraw, sheetParts } from './demo-sheet-content';
import type { Entry } from './demo-sheet-content';
import { historyRows, scoresRecord, sheetVersion } from './evaluation-rows';
import type { PendingAuditEvent, SheetParts, SheetTimeline } from './evaluation-rows';
import type { IdSequence } from './ids';
import type { Rng } from './random';
import { applicationProfile, drawPanel, totalOf } from './scoring';
import type { ScoringCriterion } from './scoring';
import { DAY, HOUR, MINUTE, iso, toSecond } from './time';
import { actor } from './users';

export interface StageContext {
  contestId: string;
  stageId: string;
  criteriaSetId: string;
  criteria: readonly ScoringCriterion[];
  maxTotal: number;
  settings: ContestSettings;
  startMs: number;
  nowMs: number;
  /** The stage deadline, or the expert's personal extension. */
  dueAt: (expertId: string) => string;
  /** Sheets record the criteria version current when they were started. */
  criteriaVersionAt: (ms: number) => number;
  coordinator: Actor;
  bank: CommentBank;
  assignmentIds: IdSequence;
  sheetIds: IdSequence;
  /** Experts (in order of preference) one of whom gets a comment copied across two applications. */
  plantCopyAmong: readonly string[];
  plantCopyCriterionId: string | null;
}

export interface StageEvaluation {
  assignments: Assignment[];
  sheets: SheetRow[];
  sheetHistory: SheetHistoryRow[];
  audit: PendingAuditEvent[];
}

const RECUSAL_WEIGHTS: readonly (readonly [RecusalReason, number])[] = [
  ['affiliation', 4],
  ['personal', 3],
  ['financial', 1],
  ['other', 2],
];

/** Fills in when each plan happened; plans that cannot fit before "now" fall back to `new`. */
function schedule(rng: Rng, ctx: StageContext, panel: AssignmentPlan[]): (SheetTimeline | null)[] {
  const now = ctx.nowMs;
  return panel.map((plan) => {
    const replaced = plan.replaces === null ? null : (panel[plan.replaces]?.recusal ?? null);
    const created =
      replaced === null
        ? ctx.startMs + rng.int(0, 3 * HOUR)
        : Math.min(replaced.at + rng.int(2 * HOUR, 20 * HOUR), now - 30 * MINUTE);
    plan.createdAt = toSecond(created);
    const lower = plan.createdAt + HOUR;

    if (plan.status === 'recused') {
      const reason = rng.weighted(RECUSAL_WEIGHTS);
      const at = toSecond(Math.min(plan.createdAt + rng.int(2 * HOUR, 6 * DAY), now - HOUR));
      plan.recusal = { reason, text: rng.pick(RECUSAL_TEXTS[reason]), at };
      return null;
    }
    const upper =
      plan.status === 'returned'
        ? now - 5 * DAY
        : plan.status === 'submitted'
          ? now - 6 * HOUR
          : now - 4 * HOUR;
    if (plan.status === 'new' || lower >= upper) {
      plan.status = 'new';
      plan.returnReason = null;
      return null;
    }
    const startedAt = toSecond(rng.int(lower, upper));
    if (plan.status === 'draft') {
      const saves: number[] = [];
      let at = startedAt;
      for (let k = rng.int(1, 3); k > 0; k--) {
        at = toSecond(at + rng.int(3 * MINUTE, 40 * MINUTE));
        saves.push(at);
      }
      return { startedAt, saves, submittedAt: null, returnedAt: null };
    }
    const fast = !plan.expert.named && rng.chance(plan.expert.fastRate);
    const duration = fast ? rng.int(45, 110) * 1000 : rng.int(18, 150) * MINUTE;
    const submittedAt = startedAt + duration;
    const saveCount = fast ? 0 : rng.int(1, 3);
    const saves = Array.from({ length: saveCount }, (_, k) =>
      toSecond(startedAt + (duration * (k + 1)) / (saveCount + 1)),
    );
    const returnedAt =
      plan.status === 'returned'
        ? toSecond(Math.min(submittedAt + rng.int(20 * HOUR, 3 * DAY), now - 2 * HOUR))
        : null;
    return { startedAt, saves, submittedAt, returnedAt };
  });
}

/** Assignments, sheets, their history and audit events for one expert stage. */
export function evaluateStage(
  rng: Rng,
  ctx: StageContext,
  panels: ReadonlyMap<string, AssignmentPlan[]>,
): StageEvaluation {
  const entries: Entry[] = [];
  for (const panel of panels.values()) {
    const timelines = schedule(rng, ctx, panel);
    const withSheets = panel
      .map((plan, i) => ({ plan, timeline: timelines[i] ?? null }))
      .filter((e) => e.timeline !== null);
    const draws = withSheets.map((e) => sheetDraw(rng, e.plan, ctx.criteria.length));
    const profile = applicationProfile(rng, ctx.criteria.length);
    const scores = drawPanel(
      rng,
      ctx.criteria,
      profile,
      draws,
      rng.chance(0.08),
      ctx.maxTotal,
      ctx.settings.divergence,
    );
    const partsByPlan = new Map<AssignmentPlan, SheetParts>();
    withSheets.forEach((e, i) => partsByPlan.set(e.plan, sheetParts(rng, ctx, e.plan, scores[i] ?? [])));
    panel.forEach((plan, i) =>
      entries.push({ plan, timeline: timelines[i] ?? null, parts: partsByPlan.get(plan) ?? null }),
    );
  }
  if (ctx.plantCopyCriterionId !== null) plantCopiedComment(ctx, entries);

  const out: StageEvaluation = { assignments: [], sheets: [], sheetHistory: [], audit: [] };
  const assignmentIdOf = new Map<AssignmentPlan, string>();
  for (const { plan, timeline, parts } of entries) {
    const assignmentId = ctx.assignmentIds.next();
    assignmentIdOf.set(plan, assignmentId);
    const expertActor = plan.expert.actor;
    let sheetId: string | null = null;
    let updatedAt = plan.recusal?.at ?? plan.createdAt;

    if (timeline !== null && parts !== null) {
      sheetId = ctx.sheetIds.next();
      const lastSave = timeline.saves[timeline.saves.length - 1] ?? timeline.startedAt;
      updatedAt = timeline.returnedAt ?? timeline.submittedAt ?? lastSave;
      const status =
        plan.status === 'returned' ? 'returned' : plan.status === 'submitted' ? 'submitted' : 'draft';
      const version = sheetVersion(timeline);
      const total = totalOf(parts.scores, ctx.criteria);
      out.sheets.push({
        id: sheetId,
        assignmentId,
        expertId: plan.expert.row.id,
        stageId: ctx.stageId,
        applicationId: plan.app.id,
        criteriaSetId: ctx.criteriaSetId,
        criteriaVersion: ctx.criteriaVersionAt(timeline.startedAt),
        status,
        version,
        scores: scoresRecord(ctx.criteria, parts.scores),
        comments: parts.comments,
        recommendation: parts.recommendation,
        overallComment: parts.overallComment,
        total,
        maxTotal: ctx.maxTotal,
        startedAt: iso(timeline.startedAt),
        updatedAt: iso(updatedAt),
        // A returned sheet is back with its expert: only a submitted one carries a submission time.
        submittedAt:
          status === 'submitted' && timeline.submittedAt !== null ? iso(timeline.submittedAt) : null,
      });
      out.sheetHistory.push(
        ...historyRows({
          sheetId,
          criteria: ctx.criteria,
          parts,
          timeline,
          expert: expertActor,
          returnedBy: ctx.coordinator,
          returnReason: plan.returnReason,
        }),
      );
      if (timeline.submittedAt !== null) {
        out.audit.push({
          atMs: timeline.submittedAt,
          contestId: ctx.contestId,
          actor: actor(expertActor),
          objectType: 'sheet',
          objectId: sheetId,
          action: 'submitted',
          before: { status: 'draft', version: version - 1 },
          after: { status: 'submitted', version, total },
          reason: null,
        });
      }
      if (timeline.returnedAt !== null) {
        out.audit.push({
          atMs: timeline.returnedAt,
          contestId: ctx.contestId,
          actor: actor(ctx.coordinator),
          objectType: 'sheet',
          objectId: sheetId,
          action: 'returned',
          before: { status: 'submitted' },
          after: { status: 'returned' },
          reason: plan.returnReason,
        });
      }
    }

    if (plan.recusal !== null) {
      out.audit.push({
        atMs: plan.recusal.at,
        contestId: ctx.contestId,
        actor: actor(expertActor),
        objectType: 'conflict',
        objectId: assignmentId,
        action: 'recused',
        before: { status: 'new' },
        after: { status: 'recused', reason: plan.recusal.reason },
        reason: plan.recusal.text,
      });
    }
    if (plan.replaces !== null) {
      out.audit.push({
        atMs: plan.createdAt,
        contestId: ctx.contestId,
        actor: actor(ctx.coordinator),
        objectType: 'assignment',
        objectId: assignmentId,
        action: 'created',
        before: null,
        after: { expertId: plan.expert.row.id, applicationId: plan.app.id },
        reason: 'Замена эксперта после самоотвода',
      });
    }

    out.assignments.push({
      id: assignmentId,
      contestId: ctx.contestId,
      stageId: ctx.stageId,
      applicationId: plan.app.id,
      nominationId: plan.app.nominationId,
      expertId: plan.expert.row.id,
      status: plan.status,
      dueAt: ctx.dueAt(plan.expert.row.id),
      sheetId,
      recusal:
        plan.recusal === null
          ? null
          : { reason: plan.recusal.reason, text: plan.recusal.text, at: iso(plan.recusal.at) },
      returnReason: plan.returnReason,
      createdAt: iso(plan.createdAt),
      updatedAt: iso(updatedAt),
    });
  }
  return out;
}
