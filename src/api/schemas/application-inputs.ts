import { z } from 'zod';
import { ApplicationSummary, ScreeningStatus } from './applications';
import { Id, pageOf } from './common';
import { listQuery, RegionCode, SearchText, sortEnum } from './query';

export const ApplicationQuery = listQuery({
  q: SearchText.meta({
    description: 'Matches the application ID, title, organisation name or ИНН.',
  }).optional(),
  nominationId: Id.optional(),
  regionCode: RegionCode.optional(),
  screening: ScreeningStatus.optional(),
  sort: sortEnum(['id', 'title', 'requestedAmount', 'updatedAt']).optional(),
});
export type ApplicationQuery = z.infer<typeof ApplicationQuery>;

export const ApplicationPage = pageOf(ApplicationSummary).meta({ id: 'ApplicationPage' });
export type ApplicationPage = z.infer<typeof ApplicationPage>;

/** Technical screening: a rejection must say why, since it is shown to the applicant platform. */
export const ScreeningRequest = z
  .object({
    decision: z.enum(['admitted', 'rejected']),
    reason: z.string().trim().max(2000),
  })
  .refine((value) => value.decision === 'admitted' || value.reason.length > 0, {
    message: 'A rejection needs a reason',
    path: ['reason'],
  })
  .meta({ id: 'ScreeningRequest' });
export type ScreeningRequest = z.infer<typeof ScreeningRequest>;
