import { z } from 'zod';
import { Actor, Id, IsoDateTime } from './common';

export const AssignmentStatus = z
  .enum(['new', 'draft', 'submitted', 'returned', 'recused'])
  .meta({ id: 'AssignmentStatus' });
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;

export const RecusalReason = z
  .enum(['affiliation', 'personal', 'financial', 'other'])
  .meta({ id: 'RecusalReason' });
export type RecusalReason = z.infer<typeof RecusalReason>;

export const Recusal = z
  .object({ reason: RecusalReason, text: z.string().max(2000), at: IsoDateTime })
  .meta({ id: 'Recusal' });
export type Recusal = z.infer<typeof Recusal>;

export const Assignment = z
  .object({
    id: Id,
    contestId: Id,
    stageId: Id,
    applicationId: z.string(),
    nominationId: Id,
    expertId: Id,
    status: AssignmentStatus,
    /** The stage deadline with any extension for this expert applied. */
    dueAt: IsoDateTime.nullable(),
    sheetId: Id.nullable(),
    recusal: Recusal.nullable(),
    returnReason: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof Assignment>;

export const Recommendation = z.enum(['support', 'reject']).meta({ id: 'Recommendation' });
export type Recommendation = z.infer<typeof Recommendation>;

export const SheetStatus = z.enum(['draft', 'submitted', 'returned']).meta({ id: 'SheetStatus' });
export type SheetStatus = z.infer<typeof SheetStatus>;

/** What an expert edits; drafts may be incomplete (null scores). */
export const SheetContent = z
  .object({
    scores: z.record(Id, z.number().int().nullable()),
    comments: z.record(Id, z.string().max(10000)),
    recommendation: Recommendation.nullable(),
    overallComment: z.string().max(20000),
  })
  .meta({ id: 'SheetContent' });
export type SheetContent = z.infer<typeof SheetContent>;

export const Sheet = SheetContent.extend({
  id: Id,
  assignmentId: Id,
  criteriaSetId: Id,
  /** The criteria set version this sheet is scored on. */
  criteriaVersion: z.number().int().min(1),
  status: SheetStatus,
  /** Optimistic concurrency: sent back as If-Match; the ETag header carries it too. */
  version: z.number().int().min(1),
  total: z.number().nullable(),
  maxTotal: z.number(),
  startedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  submittedAt: IsoDateTime.nullable(),
}).meta({ id: 'Sheet' });
export type Sheet = z.infer<typeof Sheet>;

export const SheetHistoryEntry = z
  .object({
    version: z.number().int().min(1),
    action: z.enum(['created', 'saved', 'submitted', 'returned', 'reopened']),
    at: IsoDateTime,
    actor: Actor,
    reason: z.string().nullable(),
    content: SheetContent,
    status: SheetStatus,
  })
  .meta({ id: 'SheetHistoryEntry' });
export type SheetHistoryEntry = z.infer<typeof SheetHistoryEntry>;
