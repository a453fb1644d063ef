import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { CommentRule } from './criteria';

export const AggregationMethod = z
  .enum(['mean', 'median', 'closestPair', 'zScore'])
  .meta({ id: 'AggregationMethod' });
export type AggregationMethod = z.infer<typeof AggregationMethod>;

export const RegionRule = z
  .enum(['none', 'forbidSameRegion', 'requireOneSameRegion'])
  .meta({ id: 'RegionRule' });
export type RegionRule = z.infer<typeof RegionRule>;

export const TieBreakRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('criterion'), criterionId: Id }),
    z.object({ kind: z.literal('earlierSubmission') }),
    z.object({ kind: z.literal('applicationId') }),
  ])
  .meta({ id: 'TieBreakRule' });
export type TieBreakRule = z.infer<typeof TieBreakRule>;

export const DivergenceSettings = z
  .object({
    /** Flag when max−min of sheet totals exceeds this share of the maximum total, in percent. */
    totalSpreadPercent: z.number().min(0).max(100),
    /** Flag when any criterion's spread exceeds this many points; null disables the check. */
    criterionSpreadPoints: z.number().int().min(0).nullable(),
  })
  .meta({ id: 'DivergenceSettings' });
export type DivergenceSettings = z.infer<typeof DivergenceSettings>;

export const BlindReviewSettings = z
  .object({
    /** Whether an expert may see the anonymised panel's sheets after their own submission. */
    revealAfterSubmission: z.boolean(),
  })
  .meta({ id: 'BlindReviewSettings' });
export type BlindReviewSettings = z.infer<typeof BlindReviewSettings>;

export const ContestSettings = z
  .object({
    aggregationMethod: AggregationMethod,
    divergence: DivergenceSettings,
    blindReview: BlindReviewSettings,
    defaultCommentRule: CommentRule,
    regionRule: RegionRule,
    tieBreak: z.array(TieBreakRule),
    expertsPerApplication: z.number().int().min(1).max(10),
    overallRecommendation: z.boolean(),
    overallComment: z.enum(['none', 'optional', 'required']),
    overallCommentMinLength: z.number().int().min(0).max(5000),
  })
  .meta({ id: 'ContestSettings' });
export type ContestSettings = z.infer<typeof ContestSettings>;

export const ContestKind = z.enum(['prize', 'grant']).meta({ id: 'ContestKind' });
export type ContestKind = z.infer<typeof ContestKind>;
export const ContestStatus = z.enum(['draft', 'active', 'finished']).meta({ id: 'ContestStatus' });
export type ContestStatus = z.infer<typeof ContestStatus>;

export const Contest = z
  .object({
    id: Id,
    title: z.string().min(1).max(300),
    kind: ContestKind,
    description: z.string().max(5000),
    status: ContestStatus,
    settings: ContestSettings,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Contest' });
export type Contest = z.infer<typeof Contest>;

export const StageKind = z.enum(['screening', 'expert', 'final']).meta({ id: 'StageKind' });
export type StageKind = z.infer<typeof StageKind>;
export const StageStatus = z.enum(['planned', 'active', 'closed']).meta({ id: 'StageStatus' });
export type StageStatus = z.infer<typeof StageStatus>;

export const DeadlineExtension = z
  .object({
    id: Id,
    stageId: Id,
    /** null extends the stage for everyone; otherwise one expert only. */
    expertId: Id.nullable(),
    until: IsoDateTime,
    reason: z.string().max(1000),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'DeadlineExtension' });
export type DeadlineExtension = z.infer<typeof DeadlineExtension>;

export const Stage = z
  .object({
    id: Id,
    contestId: Id,
    kind: StageKind,
    title: z.string().min(1).max(200),
    order: z.number().int().min(0),
    status: StageStatus,
    startsAt: IsoDateTime.nullable(),
    deadline: IsoDateTime.nullable(),
    /** The criteria set shared by the stage; a nomination may override it. */
    criteriaSetId: Id.nullable(),
    /** True once any sheet of the stage was submitted: criteria structure can no longer change. */
    structureFrozen: z.boolean(),
    extensions: z.array(DeadlineExtension),
  })
  .meta({ id: 'Stage' });
export type Stage = z.infer<typeof Stage>;

export const Category = z
  .object({ id: Id, contestId: Id, title: z.string().min(1).max(200), order: z.number().int().min(0) })
  .meta({ id: 'Category' });
export type Category = z.infer<typeof Category>;

export const Nomination = z
  .object({
    id: Id,
    contestId: Id,
    categoryId: Id,
    title: z.string().min(1).max(200),
    description: z.string().max(2000),
    order: z.number().int().min(0),
    /** null: the stage's shared criteria set applies. */
    criteriaSetId: Id.nullable(),
  })
  .meta({ id: 'Nomination' });
export type Nomination = z.infer<typeof Nomination>;
