import { z } from 'zod';
import { Actor, Id, IsoDateTime } from './common';

export const CommentRule = z
  .object({
    mode: z.enum(['always', 'whenBelowMax', 'never']),
    minLength: z.number().int().min(0).max(2000),
  })
  .meta({ id: 'CommentRule' });
export type CommentRule = z.infer<typeof CommentRule>;

export const ScoreDescriptor = z
  .object({ min: z.number().int(), max: z.number().int(), text: z.string().max(1000) })
  .meta({ id: 'ScoreDescriptor' });
export type ScoreDescriptor = z.infer<typeof ScoreDescriptor>;

export const Criterion = z
  .object({
    id: Id,
    title: z.string().min(1).max(300),
    description: z.string().max(3000),
    scaleMin: z.number().int().min(0),
    scaleMax: z.number().int().min(1).max(100),
    weight: z.number().positive().max(100),
    descriptors: z.array(ScoreDescriptor),
    comment: CommentRule,
  })
  .meta({ id: 'Criterion' });
export type Criterion = z.infer<typeof Criterion>;

export const CriteriaSet = z
  .object({
    id: Id,
    contestId: Id,
    title: z.string().min(1).max(300),
    /** Increments on every change; sheets record the version they were scored on. */
    version: z.number().int().min(1),
    /** Structure (list, scales, weights) is frozen once a sheet was submitted on it. */
    frozen: z.boolean(),
    criteria: z.array(Criterion).min(1).max(50),
    maxTotal: z.number(),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'CriteriaSet' });
export type CriteriaSet = z.infer<typeof CriteriaSet>;

export const CriteriaSetVersion = z
  .object({
    criteriaSetId: Id,
    version: z.number().int().min(1),
    change: z.enum(['created', 'structure', 'wording']),
    criteria: z.array(Criterion),
    changedAt: IsoDateTime,
    changedBy: Actor,
  })
  .meta({ id: 'CriteriaSetVersion' });
export type CriteriaSetVersion = z.infer<typeof CriteriaSetVersion>;
