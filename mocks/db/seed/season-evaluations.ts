import type { Application } from '@/api/schemas/applications';
import type { Actor } from '@/api/schemas/common';
import type { ContestSettings } from '@/api/schemas/contests';
import type { Assignment, AssignmentStatus } from '@/api/schemas/sheets';
import type { SheetHistoryRow, SheetRow } from '../tables';
import { RETURN_REASONS } from './comment-phrases';
import type { CommentBank } from './comments';
import { historyRows, scoresRecord, sheetVersion, writeComments } from './evaluation-rows';
import type { PendingAuditEvent, SheetParts } from './evaluation-rows';
import { IdSequence } from './ids';
import type { Rng } from './random';
import { seasonConflict } from './season-panels';
import type { SeasonExpert } from './season-panels';
import { applicationProfile, drawPanel, recommendationFor, totalOf } from './scoring';
import type { ScoringCriterion, SheetDraw } from './scoring';
import { addNamedExtras, bareAssignment, expertHabits, seasonTimeline } from './season-extras';
import { DAY, HOUR, iso } from './time';
import { actor } from './users';

export interface SeasonEvaluationInput {
  contestId: string;
  stageId: string;
  criteriaSetId: string;
  criteria: readonly ScoringCriterion[];
  maxTotal: number;
  settings: ContestSettings;
  applications: readonly Application[];
  panels: readonly SeasonExpert[][];
  experts: readonly SeasonExpert[];
  pools: ReadonlyMap<string, SeasonExpert[]>;
  /** The named accounts: fixed queues, full sheet history, never careless. */
  named: ReadonlySet<SeasonExpert>;
  bank: CommentBank;
  startMs: number;
  nowMs: number;
  dueAt: string;
  coordinator: Actor;
}

export interface SeasonEvaluation {
  assignments: Assignment[];
  sheets: SheetRow[];
  sheetHistory: SheetHistoryRow[];
  audit: PendingAuditEvent[];
}

/** Sheet-bearing statuses of the named experts' queues (their `new` ones are added separately). */
const NAMED_STATUSES: readonly (readonly [AssignmentStatus, number])[][] = [
  [
    ['submitted', 30],
    ['draft', 8],
    ['returned', 2],
  ],
  [
    ['submitted', 25],
    ['draft', 5],
  ],
];
/**
 * 120,000 sheets: each application's panel of three gets sheets (~85 % submitted), scored around
 * the application's latent quality; about half of the divergent applications already have a fourth
 * expert assigned (`new`, no sheet yet), as the coordinator's one-click reassignment would leave them.
 */
export function seasonEvaluations(rng: Rng, input: SeasonEvaluationInput): SeasonEvaluation {
  const { criteria, experts, bank } = input;
  const n = criteria.length;
  const { leniency, carelessness } = expertHabits(rng, experts, input.named);
  const namedQueues = new Map<SeasonExpert, AssignmentStatus[]>();
  [...input.named].forEach((e, i) => {
    const plan = NAMED_STATUSES[i] ?? [];
    namedQueues.set(
      e,
      rng.shuffle(plan.flatMap(([status, count]) => Array.from({ length: count }, () => status))),
    );
  });

  const out: SeasonEvaluation = { assignments: [], sheets: [], sheetHistory: [], audit: [] };
  const assignmentIds = new IdSequence('as');
  const sheetIds = new IdSequence('sh');
  const bulkCreatedAt = iso(input.startMs + HOUR);
  const draws: SheetDraw[] = [];
  const statuses: AssignmentStatus[] = [];

  const addBare = (
    app: Application,
    expert: SeasonExpert,
    status: 'new' | 'recused',
    createdMs: number,
  ): void => {
    out.assignments.push(bareAssignment(rng, input, assignmentIds.next(), app, expert, status, createdMs));
  };

  for (let a = 0; a < input.applications.length; a++) {
    const app = input.applications[a] as Application;
    const panel = input.panels[a] as SeasonExpert[];
    draws.length = 0;
    statuses.length = 0;
    for (const expert of panel) {
      const queue = namedQueues.get(expert);
      const r = rng.next();
      const status: AssignmentStatus =
        queue !== undefined
          ? (queue.pop() ?? 'submitted')
          : r < 0.855
            ? 'submitted'
            : r < 0.995
              ? 'draft'
              : 'returned';
      statuses.push(status);
      draws.push({
        leniency: leniency[expert.index] ?? 0,
        straight: status === 'submitted' && rng.chance(carelessness[expert.index] ?? 0),
        filled: status === 'draft' && !rng.chance(0.25) ? rng.int(1, n - 1) : n,
        submitted: status === 'submitted',
      });
    }
    const divergent = rng.chance(0.08);
    const panelScores = drawPanel(
      rng,
      criteria,
      applicationProfile(rng, n),
      draws,
      divergent,
      input.maxTotal,
      input.settings.divergence,
    );

    for (let k = 0; k < panel.length; k++) {
      const expert = panel[k] as SeasonExpert;
      const status = statuses[k] as AssignmentStatus;
      const scores = panelScores[k] ?? [];
      const complete = status !== 'draft';
      const fast = status === 'submitted' && rng.chance(carelessness[expert.index] ?? 0);
      const times = seasonTimeline(rng, status, fast, input);
      const comments = writeComments(rng, criteria, scores, bank, expert.index, complete, null);
      const total = totalOf(scores, criteria);
      const recommendation =
        complete && total !== null ? recommendationFor(rng, total, input.maxTotal) : null;
      const parts: SheetParts = {
        scores,
        comments,
        recommendation,
        overallComment: recommendation === null ? '' : bank.overall(expert.index, recommendation),
      };
      const assignmentId = assignmentIds.next();
      const sheetId = sheetIds.next();
      const lastSave = times.saves[times.saves.length - 1] ?? times.startedAt;
      const updatedAt = iso(times.returnedAt ?? times.submittedAt ?? lastSave);
      const returnReason = status === 'returned' ? rng.pick(RETURN_REASONS) : null;
      out.sheets.push({
        id: sheetId,
        assignmentId,
        expertId: expert.row.id,
        stageId: input.stageId,
        applicationId: app.id,
        criteriaSetId: input.criteriaSetId,
        criteriaVersion: 1,
        status: status === 'draft' ? 'draft' : status === 'returned' ? 'returned' : 'submitted',
        version: sheetVersion(times),
        scores: scoresRecord(criteria, scores),
        comments,
        recommendation: parts.recommendation,
        overallComment: parts.overallComment,
        total,
        maxTotal: input.maxTotal,
        startedAt: iso(times.startedAt),
        updatedAt,
        submittedAt: status === 'submitted' ? updatedAt : null,
      });
      out.assignments.push({
        id: assignmentId,
        contestId: input.contestId,
        stageId: input.stageId,
        applicationId: app.id,
        nominationId: app.nominationId,
        expertId: expert.row.id,
        status,
        dueAt: input.dueAt,
        sheetId,
        recusal: null,
        returnReason,
        createdAt: bulkCreatedAt,
        updatedAt,
      });
      if (input.named.has(expert)) {
        const history = historyRows({
          sheetId,
          criteria,
          parts,
          timeline: times,
          expert: { id: expert.row.id, name: expert.row.fullName },
          returnedBy: input.coordinator,
          returnReason,
        });
        for (const row of history) out.sheetHistory.push(row);
        if (times.submittedAt !== null) {
          out.audit.push({
            atMs: times.submittedAt,
            contestId: input.contestId,
            actor: { id: expert.row.id, name: expert.row.fullName },
            objectType: 'sheet',
            objectId: sheetId,
            action: 'submitted',
            before: { status: 'draft' },
            after: { status: 'submitted', total },
            reason: null,
          });
        }
        if (times.returnedAt !== null) {
          out.audit.push({
            atMs: times.returnedAt,
            contestId: input.contestId,
            actor: actor(input.coordinator),
            objectType: 'sheet',
            objectId: sheetId,
            action: 'returned',
            before: { status: 'submitted' },
            after: { status: 'returned' },
            reason: returnReason,
          });
        }
      }
    }

    // A fourth expert for half the divergent applications; a rare early recusal elsewhere.
    const extra = divergent && rng.chance(0.5) ? 'new' : rng.chance(0.003) ? 'recused' : null;
    if (extra !== null) {
      const pool = input.pools.get(app.nominationId) ?? [];
      const start = rng.int(0, Math.max(0, pool.length - 1));
      for (let k = 0; k < pool.length; k++) {
        const candidate = pool[(start + k) % pool.length] as SeasonExpert;
        if (panel.includes(candidate) || seasonConflict(candidate, app)) continue;
        addBare(
          app,
          candidate,
          extra,
          extra === 'new' ? input.nowMs - rng.int(2 * HOUR, 4 * DAY) : input.startMs + HOUR,
        );
        break;
      }
    }
  }

  addNamedExtras(rng, input, addBare);
  return out;
}
