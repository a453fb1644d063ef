import { z } from 'zod';
import { Id } from './common';
import { CriteriaSet, CriteriaSetVersion, Criterion } from './criteria';

/** A criterion as the organizer edits it: no id yet for a new one; an existing id keeps sheet scores attached. */
export const CriterionInput = Criterion.extend({ id: Id.optional() }).meta({ id: 'CriterionInput' });
export type CriterionInput = z.infer<typeof CriterionInput>;

export const CriteriaSetCreate = z
  .object({
    title: z.string().trim().min(1).max(300),
    criteria: z.array(CriterionInput).min(1).max(50),
  })
  .meta({ id: 'CriteriaSetCreate' });
export type CriteriaSetCreate = z.infer<typeof CriteriaSetCreate>;

/**
 * A full replacement. `baseVersion` is the version the editor started from: a stale one is a 412, and a
 * structural change to a frozen set is a 409 `frozen` (wording fixes still pass).
 */
export const CriteriaSetUpdate = CriteriaSetCreate.extend({
  baseVersion: z.number().int().min(1),
}).meta({ id: 'CriteriaSetUpdate' });
export type CriteriaSetUpdate = z.infer<typeof CriteriaSetUpdate>;

export const CriteriaSetQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'A past version to read; omitted: the current one.' }),
});
export type CriteriaSetQuery = z.infer<typeof CriteriaSetQuery>;

export const CriteriaSetList = z.object({ items: z.array(CriteriaSet) }).meta({ id: 'CriteriaSetList' });
export type CriteriaSetList = z.infer<typeof CriteriaSetList>;

export const CriteriaSetVersionList = z
  .object({ items: z.array(CriteriaSetVersion) })
  .meta({ id: 'CriteriaSetVersionList' });
export type CriteriaSetVersionList = z.infer<typeof CriteriaSetVersionList>;
