import { z } from 'zod';
import { Id } from '../schemas/common';

/** Path parameters. A value that cannot name anything is answered 404, not 422. */
const ApplicationIdParam = z.string().regex(/^\d{1,12}$/);

export const ContestParams = z.object({ contestId: Id });
export const StageParams = z.object({ stageId: Id });
export const CategoryParams = z.object({ categoryId: Id });
export const NominationParams = z.object({ nominationId: Id });
export const CriteriaSetParams = z.object({ criteriaSetId: Id });
export const ExpertParams = z.object({ expertId: Id });
export const ApplicationParams = z.object({ applicationId: ApplicationIdParam });
export const AssignmentParams = z.object({ assignmentId: Id });
export const SheetParams = z.object({ sheetId: Id });
export const StageNominationParams = z.object({ stageId: Id, nominationId: Id });
export const StageApplicationParams = z.object({ stageId: Id, applicationId: ApplicationIdParam });

/** `"<version>"`: the sheet version as an entity tag, exactly as the ETag header gave it. */
const EntityTag = z.string().regex(/^"\d+"$/);

/**
 * Optional in the parser so the handler, not schema validation, answers a missing one: 428 where the
 * version is required, or a first draft where none exists yet. `x-required` marks it required in OpenAPI.
 */
const IfMatchRequired = EntityTag.optional().meta({
  description: 'The version being replaced, from the ETag. Missing: 428 `preconditionRequired`.',
  'x-required': true,
});
const IfMatchUnlessFirst = EntityTag.optional().meta({
  description:
    'The version being replaced, from the ETag. Omit only to create the first draft; otherwise 428.',
});
const IdempotencyKey = z.uuid().meta({
  description: 'A fresh UUID per logical submit; a retry with the same key replays the first answer.',
});

export const SaveSheetHeaders = z.object({ 'If-Match': IfMatchUnlessFirst });
export const SubmitSheetHeaders = z.object({
  'If-Match': IfMatchRequired,
  'Idempotency-Key': IdempotencyKey,
});

export const ETAG_HEADER = {
  ETag: 'The sheet version as an entity tag, `"<version>"`; send it back as If-Match.',
};
