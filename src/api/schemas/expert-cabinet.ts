import { z } from 'zod';
import { Application } from './applications';
import { Id, IsoDateTime, pageOf } from './common';
import { Contest, Stage } from './contests';
import { CriteriaSet } from './criteria';
import { listQuery, SearchText, sortEnum } from './query';
import { Assignment, AssignmentStatus, RecusalReason, Sheet } from './sheets';

export const ContestSummary = Contest.pick({ id: true, title: true, kind: true }).meta({
  id: 'ContestSummary',
});
export type ContestSummary = z.infer<typeof ContestSummary>;

const count = z.number().int().min(0);

/** The caller's assignments in a stage, by status. */
export const StageCounts = z
  .object({ assigned: count, new: count, draft: count, submitted: count, returned: count, recused: count })
  .meta({ id: 'StageCounts' });
export type StageCounts = z.infer<typeof StageCounts>;

export const MyStage = z
  .object({
    contest: ContestSummary,
    stage: Stage,
    /** The stage deadline with the caller's own extension applied. */
    dueAt: IsoDateTime.nullable(),
    counts: StageCounts,
  })
  .meta({ id: 'MyStage' });
export type MyStage = z.infer<typeof MyStage>;

export const MyStageList = z.object({ items: z.array(MyStage) }).meta({ id: 'MyStageList' });
export type MyStageList = z.infer<typeof MyStageList>;

export const MyAssignmentsQuery = listQuery({
  stageId: Id.optional(),
  status: AssignmentStatus.optional(),
  nominationId: Id.optional(),
  q: SearchText.meta({ description: 'Matches the application ID, title or organisation name.' }).optional(),
  sort: sortEnum(['dueAt', 'status', 'applicationId', 'updatedAt']).optional(),
});
export type MyAssignmentsQuery = z.infer<typeof MyAssignmentsQuery>;

/** Just enough of the application to pick it from the queue. */
export const QueueApplication = z
  .object({
    id: z.string(),
    title: z.string(),
    organizationName: z.string(),
    regionName: z.string(),
    nominationTitle: z.string(),
  })
  .meta({ id: 'QueueApplication' });
export type QueueApplication = z.infer<typeof QueueApplication>;

export const QueueItem = z
  .object({
    assignment: Assignment,
    application: QueueApplication,
    contestTitle: z.string(),
    stageTitle: z.string(),
    /** The caller's own sheet total so far; null without a sheet or while a score is missing. */
    total: z.number().nullable(),
    maxTotal: z.number(),
  })
  .meta({ id: 'QueueItem' });
export type QueueItem = z.infer<typeof QueueItem>;

export const QueuePage = pageOf(QueueItem).meta({ id: 'QueuePage' });
export type QueuePage = z.infer<typeof QueuePage>;

/** The contest's sheet-level rules, resolved for this assignment. */
export const SheetRules = z
  .object({
    recommendation: z.boolean(),
    overallComment: z.enum(['none', 'optional', 'required']),
    overallCommentMinLength: z.number().int().min(0),
  })
  .meta({ id: 'SheetRules' });
export type SheetRules = z.infer<typeof SheetRules>;

export const BlockedReason = z.enum(['deadlinePassed', 'recused', 'submitted']).meta({ id: 'BlockedReason' });
export type BlockedReason = z.infer<typeof BlockedReason>;

/**
 * Everything an expert needs to score one application. By construction it holds only the caller's own
 * work: no other expert's scores, comments or names (blind review).
 */
export const EvaluationContext = z
  .object({
    assignment: Assignment,
    application: Application,
    /** The version the sheet is (or will be) scored on. */
    criteriaSet: CriteriaSet,
    rules: SheetRules,
    sheet: Sheet.nullable(),
    dueAt: IsoDateTime.nullable(),
    canSubmit: z.boolean(),
    blockedReason: BlockedReason.nullable(),
  })
  .meta({ id: 'EvaluationContext' });
export type EvaluationContext = z.infer<typeof EvaluationContext>;

/** `other` needs an explanation; the listed reasons may add one. */
export const RecusalRequest = z
  .object({ reason: RecusalReason, text: z.string().trim().max(2000) })
  .refine((value) => value.reason !== 'other' || value.text.length > 0, {
    message: 'Explain the reason',
    path: ['text'],
  })
  .meta({ id: 'RecusalRequest' });
export type RecusalRequest = z.infer<typeof RecusalRequest>;

/** Another panel member's sheet, anonymised: a stable label instead of a name, no comments. */
export const PanelSheet = z
  .object({
    /** «Эксперт A», «Эксперт B»… stable per application, never the expert's name or ID. */
    label: z.string(),
    total: z.number().nullable(),
    scores: z.record(Id, z.number().int().nullable()),
  })
  .meta({ id: 'PanelSheet' });
export type PanelSheet = z.infer<typeof PanelSheet>;

export const PanelView = z.object({ sheets: z.array(PanelSheet) }).meta({ id: 'PanelView' });
export type PanelView = z.infer<typeof PanelView>;

export const CalibrationQuery = z.object({ stageId: Id });
export type CalibrationQuery = z.infer<typeof CalibrationQuery>;

export const ScoreDistribution = z
  .object({
    count: z.number().int().min(0),
    /** Mean total as a percentage of the maximum; null when there is nothing to average. */
    mean: z.number().nullable(),
    /** Sheets per bin of the total as a percentage of the maximum: 0–10 %, 10–20 %, … 90–100 %. */
    histogram: z.array(z.number().min(0)).length(10),
  })
  .meta({ id: 'ScoreDistribution' });
export type ScoreDistribution = z.infer<typeof ScoreDistribution>;

/** The caller's submitted sheets against the stage's anonymised aggregate. */
export const Calibration = z
  .object({ own: ScoreDistribution, panel: ScoreDistribution })
  .meta({ id: 'Calibration' });
export type Calibration = z.infer<typeof Calibration>;
