import { z } from 'zod';
import { Id, pageOf } from './common';
import { listQuery, sortEnum } from './query';
import { Assignment, AssignmentStatus } from './sheets';

export const AssignmentQuery = listQuery({
  expertId: Id.optional(),
  applicationId: z.string().optional(),
  nominationId: Id.optional(),
  status: AssignmentStatus.optional(),
  sort: sortEnum(['applicationId', 'expertId', 'status', 'updatedAt']).optional(),
});
export type AssignmentQuery = z.infer<typeof AssignmentQuery>;

export const AssignmentPage = pageOf(Assignment).meta({ id: 'AssignmentPage' });
export type AssignmentPage = z.infer<typeof AssignmentPage>;

export const AssignmentPair = z
  .object({ applicationId: z.string().min(1), expertId: Id })
  .meta({ id: 'AssignmentPair' });
export type AssignmentPair = z.infer<typeof AssignmentPair>;

export const AssignmentsCreate = z
  .object({ pairs: z.array(AssignmentPair).min(1).max(5000) })
  .meta({ id: 'AssignmentsCreate' });
export type AssignmentsCreate = z.infer<typeof AssignmentsCreate>;

/**
 * Why a pair was not assigned. `sameOrganization`: the applicant's ИНН is one of the expert's declared
 * affiliations; `regionRule`: the contest's region rule forbids it; `recused`: the expert already recused
 * from this application; `notFound`: unknown application or expert in this stage.
 */
export const AssignmentRefusalCode = z
  .enum(['sameOrganization', 'regionRule', 'overCap', 'duplicate', 'recused', 'notFound'])
  .meta({ id: 'AssignmentRefusalCode' });
export type AssignmentRefusalCode = z.infer<typeof AssignmentRefusalCode>;

export const RefusedPair = AssignmentPair.extend({
  code: AssignmentRefusalCode,
  message: z.string(),
}).meta({ id: 'RefusedPair' });
export type RefusedPair = z.infer<typeof RefusedPair>;

/** Valid pairs are created even when others are refused: the organizer fixes only the refused ones. */
export const AssignResult = z
  .object({ created: z.array(Assignment), refused: z.array(RefusedPair) })
  .meta({ id: 'AssignResult' });
export type AssignResult = z.infer<typeof AssignResult>;

export const DistributionPreviewRequest = z
  .object({
    expertsPerApplication: z.number().int().min(1).max(10),
    /** Omitted: every nomination of the contest. */
    nominationIds: z.array(Id).min(1).optional(),
  })
  .meta({ id: 'DistributionPreviewRequest' });
export type DistributionPreviewRequest = z.infer<typeof DistributionPreviewRequest>;

export const ExpertLoad = z
  .object({
    expertId: Id,
    fullName: z.string(),
    before: z.number().int().min(0),
    after: z.number().int().min(0),
    cap: z.number().int().min(0),
  })
  .meta({ id: 'ExpertLoad' });
export type ExpertLoad = z.infer<typeof ExpertLoad>;

export const UncoveredApplication = z
  .object({
    applicationId: z.string(),
    /** How many more experts it would need. */
    missing: z.number().int().min(1),
    /** Machine code (e.g. `noExpertise`, `conflicts`, `capacity`) the client translates. */
    reason: z.string(),
  })
  .meta({ id: 'UncoveredApplication' });
export type UncoveredApplication = z.infer<typeof UncoveredApplication>;

/** Deterministic: the same state and request always give the same pairs. */
export const DistributionPreview = z
  .object({
    previewId: Id,
    pairs: z.array(AssignmentPair),
    loadByExpert: z.array(ExpertLoad),
    uncovered: z.array(UncoveredApplication),
  })
  .meta({ id: 'DistributionPreview' });
export type DistributionPreview = z.infer<typeof DistributionPreview>;

export const DistributionCommitRequest = z
  .object({ previewId: Id })
  .meta({ id: 'DistributionCommitRequest' });
export type DistributionCommitRequest = z.infer<typeof DistributionCommitRequest>;

export const DistributionCommitResult = z
  .object({ created: z.number().int().min(0) })
  .meta({ id: 'DistributionCommitResult' });
export type DistributionCommitResult = z.infer<typeof DistributionCommitResult>;

const CoverageCounts = z.object({
  applications: z.number().int().min(0),
  fullyCovered: z.number().int().min(0),
  partiallyCovered: z.number().int().min(0),
  uncovered: z.number().int().min(0),
  /** Applications that lost an expert to a recusal and still await a replacement. */
  recusedPending: z.number().int().min(0),
});

export const NominationCoverage = CoverageCounts.extend({ nominationId: Id }).meta({
  id: 'NominationCoverage',
});
export type NominationCoverage = z.infer<typeof NominationCoverage>;

/** Application counts of a stage by how many of their required experts are assigned. */
export const Coverage = CoverageCounts.extend({
  /** The contest's experts per application that «fully covered» is measured against. */
  expertsPerApplication: z.number().int().min(1),
  /** The same counts per nomination of the contest, in the contest's nomination order. */
  byNomination: z.array(NominationCoverage),
}).meta({ id: 'Coverage' });
export type Coverage = z.infer<typeof Coverage>;
