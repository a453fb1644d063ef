import { z } from 'zod';
import { Id, Organization, Region } from './common';

export const Expert = z
  .object({
    /** The expert's user ID. */
    id: Id,
    fullName: z.string().min(1).max(200),
    email: z.email(),
    region: Region,
    /** Organisations the expert declared ties to; assignment refuses applications from the same ИНН. */
    affiliations: z.array(Organization),
    expertiseNominationIds: z.array(Id),
    loadCap: z.number().int().min(0).max(1000),
    /** Current number of active (not recused) assignments across the expert's stages. */
    load: z.number().int().min(0),
    active: z.boolean(),
  })
  .meta({ id: 'Expert' });
export type Expert = z.infer<typeof Expert>;
