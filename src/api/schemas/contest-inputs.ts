import { z } from 'zod';
import { Id, IsoDateTime, pageOf } from './common';
import {
  Category,
  Contest,
  ContestKind,
  ContestSettings,
  ContestStatus,
  Nomination,
  Stage,
  StageKind,
  StageStatus,
} from './contests';
import { listQuery, SearchText, sortEnum } from './query';

/** Settings given on create/patch — each top-level group may be omitted and keeps its current (or default) value. */
export const ContestSettingsInput = ContestSettings.partial().meta({ id: 'ContestSettingsInput' });
export type ContestSettingsInput = z.infer<typeof ContestSettingsInput>;

export const ContestCreate = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: ContestKind,
    description: z.string().max(5000),
    settings: ContestSettingsInput.optional(),
  })
  .meta({ id: 'ContestCreate' });
export type ContestCreate = z.infer<typeof ContestCreate>;

export const ContestPatch = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    description: z.string().max(5000).optional(),
    status: ContestStatus.optional(),
    settings: ContestSettingsInput.optional(),
  })
  .meta({ id: 'ContestPatch' });
export type ContestPatch = z.infer<typeof ContestPatch>;

export const ContestQuery = listQuery({
  status: ContestStatus.optional(),
  q: SearchText.optional(),
  sort: sortEnum(['title', 'createdAt']).optional(),
});
export type ContestQuery = z.infer<typeof ContestQuery>;

export const ContestPage = pageOf(Contest).meta({ id: 'ContestPage' });
export type ContestPage = z.infer<typeof ContestPage>;

export const StageCreate = z
  .object({
    kind: StageKind,
    title: z.string().trim().min(1).max(200),
    startsAt: IsoDateTime.nullable(),
    deadline: IsoDateTime.nullable(),
    criteriaSetId: Id.nullable(),
    /** Omitted: the stage goes after the contest's last stage. */
    order: z.number().int().min(0).optional(),
  })
  .meta({ id: 'StageCreate' });
export type StageCreate = z.infer<typeof StageCreate>;

export const StagePatch = z
  .object({
    title: z.string().trim().min(1).max(200),
    order: z.number().int().min(0),
    status: StageStatus,
    startsAt: IsoDateTime.nullable(),
    deadline: IsoDateTime.nullable(),
    criteriaSetId: Id.nullable(),
  })
  .partial()
  .meta({ id: 'StagePatch' });
export type StagePatch = z.infer<typeof StagePatch>;

export const StageList = z.object({ items: z.array(Stage) }).meta({ id: 'StageList' });
export type StageList = z.infer<typeof StageList>;

/** One stage with the contest it belongs to: what a stage's pages need to title themselves. */
export const StageWithContest = z.object({ contest: Contest, stage: Stage }).meta({ id: 'StageWithContest' });
export type StageWithContest = z.infer<typeof StageWithContest>;

export const ExtensionCreate = z
  .object({
    /** null extends the deadline for everyone in the stage. */
    expertId: Id.nullable(),
    until: IsoDateTime,
    reason: z.string().trim().min(1).max(1000),
  })
  .meta({ id: 'ExtensionCreate' });
export type ExtensionCreate = z.infer<typeof ExtensionCreate>;

/**
 * Advance either the top N of a nomination's ranking (official method, tie-break applied) or an explicit
 * list. Strict objects so a body naming both cannot silently match the first branch.
 */
export const AdvanceRequest = z
  .union([
    z.strictObject({ targetStageId: Id, nominationId: Id.optional(), topN: z.number().int().min(1) }),
    z.strictObject({ targetStageId: Id, applicationIds: z.array(z.string()).min(1).max(50000) }),
  ])
  .meta({ id: 'AdvanceRequest' });
export type AdvanceRequest = z.infer<typeof AdvanceRequest>;

export const AdvanceResult = z.object({ advanced: z.number().int().min(0) }).meta({ id: 'AdvanceResult' });
export type AdvanceResult = z.infer<typeof AdvanceResult>;

export const CategoryInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    /** Omitted: appended after the last category. */
    order: z.number().int().min(0).optional(),
  })
  .meta({ id: 'CategoryInput' });
export type CategoryInput = z.infer<typeof CategoryInput>;

export const CategoryPatch = CategoryInput.partial().meta({ id: 'CategoryPatch' });
export type CategoryPatch = z.infer<typeof CategoryPatch>;

export const CategoryList = z.object({ items: z.array(Category) }).meta({ id: 'CategoryList' });
export type CategoryList = z.infer<typeof CategoryList>;

export const NominationInput = z
  .object({
    categoryId: Id,
    title: z.string().trim().min(1).max(200),
    description: z.string().max(2000),
    /** null: the stage's shared criteria set applies. */
    criteriaSetId: Id.nullable(),
    order: z.number().int().min(0).optional(),
  })
  .meta({ id: 'NominationInput' });
export type NominationInput = z.infer<typeof NominationInput>;

export const NominationPatch = NominationInput.partial().meta({ id: 'NominationPatch' });
export type NominationPatch = z.infer<typeof NominationPatch>;

export const NominationList = z.object({ items: z.array(Nomination) }).meta({ id: 'NominationList' });
export type NominationList = z.infer<typeof NominationList>;
