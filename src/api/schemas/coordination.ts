import { z } from 'zod';
import { Id, IsoDateTime, pageOf } from './common';
import { AggregationMethod, TieBreakRule } from './contests';
import { Criterion } from './criteria';
import { Expert } from './experts';
import { listQuery, SearchText, sortEnum } from './query';
import { Sheet, SheetHistoryEntry } from './sheets';

export const ReturnRequest = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .meta({ id: 'ReturnRequest' });
export type ReturnRequest = z.infer<typeof ReturnRequest>;

export const SheetHistory = z.object({ items: z.array(SheetHistoryEntry) }).meta({ id: 'SheetHistory' });
export type SheetHistory = z.infer<typeof SheetHistory>;

export const RankingFlag = z.enum(['divergent', 'incomplete', 'tied', 'recusal']).meta({ id: 'RankingFlag' });
export type RankingFlag = z.infer<typeof RankingFlag>;

export const RankingQuery = listQuery({
  method: AggregationMethod.meta({ description: "Omitted: the contest's official method." }).optional(),
  sort: sortEnum(['rank', 'score', 'id', 'spread', 'submitted']).optional(),
  q: SearchText.meta({ description: 'Matches the application ID, title or organisation name.' }).optional(),
  flag: z.enum(['divergent', 'incomplete', 'tied']).optional(),
});
export type RankingQuery = z.infer<typeof RankingQuery>;

/** Which tie-break rule separated this row from the tied neighbour it is listed against. */
export const TieBreakInfo = z
  .object({ withApplicationId: z.string(), rule: TieBreakRule.nullable() })
  .meta({ id: 'TieBreakInfo' });
export type TieBreakInfo = z.infer<typeof TieBreakInfo>;

/** One application's aggregate in a nomination; never the raw sheets. */
export const RankingRow = z
  .object({
    rank: z.number().int().min(1),
    applicationId: z.string(),
    title: z.string(),
    organizationName: z.string(),
    regionName: z.string(),
    requestedAmount: z.number().min(0),
    submittedCount: z.number().int().min(0),
    requiredCount: z.number().int().min(0),
    /** Application score by the chosen method; null until a sheet is submitted. */
    score: z.number().nullable(),
    percent: z.number().nullable(),
    /** Mean score per criterion, in the order of the page's `criteria`. */
    criterionMeans: z.array(z.number().nullable()),
    spread: z.number().nullable(),
    flags: z.array(RankingFlag),
    tieBreak: TieBreakInfo.nullable(),
  })
  .meta({ id: 'RankingRow' });
export type RankingRow = z.infer<typeof RankingRow>;

export const RankingCriterion = z.object({ id: Id, title: z.string() }).meta({ id: 'RankingCriterion' });
export type RankingCriterion = z.infer<typeof RankingCriterion>;

export const RankingPage = pageOf(RankingRow)
  .extend({
    method: AggregationMethod,
    maxTotal: z.number(),
    criteria: z.array(RankingCriterion),
    computedAt: IsoDateTime,
  })
  .meta({ id: 'RankingPage' });
export type RankingPage = z.infer<typeof RankingPage>;

const METHOD_LIST = /^(mean|median|closestPair|zScore)(,(mean|median|closestPair|zScore))*$/;

export const MethodComparisonQuery = listQuery({
  methods: z
    .string()
    .regex(METHOD_LIST)
    .meta({ description: 'Comma-separated aggregation methods; omitted: all of them.' })
    .transform((value) => [...new Set(value.split(','))])
    .pipe(z.array(AggregationMethod))
    .optional(),
});
export type MethodComparisonQuery = z.infer<typeof MethodComparisonQuery>;

export const MethodComparisonRow = z
  .object({
    applicationId: z.string(),
    title: z.string(),
    /** Rank under each requested method; null when the method cannot score it yet. */
    ranks: z.partialRecord(AggregationMethod, z.number().int().min(1).nullable()),
    scores: z.partialRecord(AggregationMethod, z.number().nullable()),
  })
  .meta({ id: 'MethodComparisonRow' });
export type MethodComparisonRow = z.infer<typeof MethodComparisonRow>;

export const MethodComparisonPage = pageOf(MethodComparisonRow).meta({ id: 'MethodComparisonPage' });
export type MethodComparisonPage = z.infer<typeof MethodComparisonPage>;

export const ProgressQuery = listQuery({
  by: z.enum(['nomination', 'expert']).default('nomination'),
  sort: sortEnum(['label', 'assigned', 'submitted', 'overdue', 'deadlineRisk']).optional(),
});
export type ProgressQuery = z.infer<typeof ProgressQuery>;

const count = z.number().int().min(0);

export const ProgressCounts = z
  .object({
    assigned: count,
    drafts: count,
    submitted: count,
    returned: count,
    recused: count,
    overdue: count,
  })
  .meta({ id: 'ProgressCounts' });
export type ProgressCounts = z.infer<typeof ProgressCounts>;

export const ProgressRow = ProgressCounts.extend({
  /** The nomination or expert ID, depending on `by`. */
  key: Id,
  label: z.string(),
  deadlineRisk: z.enum(['none', 'low', 'high']),
}).meta({ id: 'ProgressRow' });
export type ProgressRow = z.infer<typeof ProgressRow>;

export const ProgressPage = pageOf(ProgressRow)
  .extend({ totals: ProgressCounts })
  .meta({ id: 'ProgressPage' });
export type ProgressPage = z.infer<typeof ProgressPage>;

export const ReminderRequest = z
  .object({
    /** null reminds every expert with overdue or unfinished work in the stage. */
    expertIds: z.array(Id).min(1).max(1000).nullable(),
  })
  .meta({ id: 'ReminderRequest' });
export type ReminderRequest = z.infer<typeof ReminderRequest>;

export const ReminderResult = z.object({ sent: count }).meta({ id: 'ReminderResult' });
export type ReminderResult = z.infer<typeof ReminderResult>;

export const DivergenceQuery = listQuery({ nominationId: Id.optional() });
export type DivergenceQuery = z.infer<typeof DivergenceQuery>;

export const Divergence = z
  .object({
    applicationId: z.string(),
    title: z.string(),
    nominationId: Id,
    /** max − min of the submitted totals. */
    spread: z.number().min(0),
    /** Why it was flagged, one entry per tripped rule (total spread, a criterion's spread). */
    reasons: z.array(z.string()),
    sheetCount: count,
  })
  .meta({ id: 'Divergence' });
export type Divergence = z.infer<typeof Divergence>;

export const DivergencePage = pageOf(Divergence).meta({ id: 'DivergencePage' });
export type DivergencePage = z.infer<typeof DivergencePage>;

export const ExpertRef = z.object({ id: Id, fullName: z.string() }).meta({ id: 'ExpertRef' });
export type ExpertRef = z.infer<typeof ExpertRef>;

export const SideBySideSheet = z.object({ sheet: Sheet, expert: ExpertRef }).meta({ id: 'SideBySideSheet' });
export type SideBySideSheet = z.infer<typeof SideBySideSheet>;

/** Coordinator-only: every sheet of one application with its expert, for settling a divergence. */
export const SideBySide = z
  .object({ criteria: z.array(Criterion), sheets: z.array(SideBySideSheet) })
  .meta({ id: 'SideBySide' });
export type SideBySide = z.infer<typeof SideBySide>;

export const ExtraExpertRequest = z
  .object({
    /** Omitted: the server picks an eligible, non-conflicted expert with the most spare capacity. */
    expertId: Id.optional(),
  })
  .meta({ id: 'ExtraExpertRequest' });
export type ExtraExpertRequest = z.infer<typeof ExtraExpertRequest>;

export const EligibleExpertsQuery = z.object({ applicationId: z.string().min(1) });
export type EligibleExpertsQuery = z.infer<typeof EligibleExpertsQuery>;

export const EligibleExpert = z
  .object({
    expert: Expert,
    eligible: z.boolean(),
    /** Why not (conflict, region rule, cap, already assigned); empty when eligible. */
    reasons: z.array(z.string()),
  })
  .meta({ id: 'EligibleExpert' });
export type EligibleExpert = z.infer<typeof EligibleExpert>;

export const EligibleExpertList = z
  .object({ items: z.array(EligibleExpert) })
  .meta({ id: 'EligibleExpertList' });
export type EligibleExpertList = z.infer<typeof EligibleExpertList>;

export const QualitySignalKind = z
  .enum(['straightLining', 'tooFast', 'copiedComment', 'outlierExpert'])
  .meta({ id: 'QualitySignalKind' });
export type QualitySignalKind = z.infer<typeof QualitySignalKind>;

export const QualitySignalQuery = z.object({ kind: QualitySignalKind.optional() });
export type QualitySignalQuery = z.infer<typeof QualitySignalQuery>;

export const QualitySignal = z
  .object({
    kind: QualitySignalKind,
    expertId: Id,
    expertName: z.string(),
    sheetIds: z.array(Id),
    applicationIds: z.array(z.string()),
    /** A human-readable explanation, e.g. the copied sentence or the time spent. */
    evidence: z.string(),
    /** The signal's measure (seconds spent, similarity, z-score…), to sort by severity. */
    value: z.number(),
  })
  .meta({ id: 'QualitySignal' });
export type QualitySignal = z.infer<typeof QualitySignal>;

export const QualitySignalList = z
  .object({ items: z.array(QualitySignal) })
  .meta({ id: 'QualitySignalList' });
export type QualitySignalList = z.infer<typeof QualitySignalList>;

export const ExportQuery = z.object({
  kind: z.enum(['ranking', 'sheets']).default('ranking'),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  method: AggregationMethod.meta({ description: "Omitted: the contest's official method." }).optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/** Give exactly one of `passingScore` (everyone at or above it wins) or `winners` (the top N). */
export const CutlineQuery = z
  .object({
    passingScore: z.coerce.number().min(0).optional(),
    winners: z.coerce.number().int().min(0).optional(),
    method: AggregationMethod.meta({ description: "Omitted: the contest's official method." }).optional(),
  })
  .refine((value) => (value.passingScore === undefined) !== (value.winners === undefined), {
    message: 'Give exactly one of passingScore or winners',
    path: ['passingScore'],
  });
export type CutlineQuery = z.infer<typeof CutlineQuery>;

export const CutlineResult = z
  .object({
    winners: count,
    /** Sum of the winners' requested amounts, roubles. */
    totalRequested: z.number().min(0),
    /** The winners' ranking rows, in rank order. */
    rows: z.array(RankingRow),
  })
  .meta({ id: 'CutlineResult' });
export type CutlineResult = z.infer<typeof CutlineResult>;
