import { z } from 'zod';
import { Actor, Id, IsoDate, IsoDateTime, Organization, Region } from './common';

export const Attachment = z
  .object({ id: Id, name: z.string().max(300), size: z.number().int().min(0), url: z.string() })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

export const ScreeningStatus = z.enum(['pending', 'admitted', 'rejected']).meta({ id: 'ScreeningStatus' });
export type ScreeningStatus = z.infer<typeof ScreeningStatus>;

export const Screening = z
  .object({
    status: ScreeningStatus,
    reason: z.string().max(2000).nullable(),
    decidedBy: Actor.nullable(),
    decidedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Screening' });
export type Screening = z.infer<typeof Screening>;

/**
 * The application card, as in the seed card. All text fields are untrusted applicant input:
 * clients must render them as text, never as HTML.
 */
export const Application = z
  .object({
    id: z.string().regex(/^\d{1,12}$/),
    contestId: Id,
    nominationId: Id,
    title: z.string().max(1000),
    organization: Organization,
    region: Region,
    startDate: IsoDate.nullable(),
    endDate: IsoDate.nullable(),
    goals: z.string().max(20000),
    targetAudience: z.string().max(20000),
    summary: z.string().max(20000),
    grantor: z.string().max(1000),
    /** Requested amount, whole roubles. */
    requestedAmount: z.number().min(0),
    participantsCount: z.number().int().min(0).nullable(),
    qualitativeResults: z.string().max(20000),
    confirmedByRegion: z.boolean().nullable(),
    attachments: z.array(Attachment),
    screening: Screening,
    importedAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Application' });
export type Application = z.infer<typeof Application>;

/** The list row: the card without its long texts. */
export const ApplicationSummary = Application.pick({
  id: true,
  contestId: true,
  nominationId: true,
  title: true,
  organization: true,
  region: true,
  requestedAmount: true,
  screening: true,
  updatedAt: true,
}).meta({ id: 'ApplicationSummary' });
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;
