import { z } from 'zod';
import { Id, Organization, pageOf, Region } from './common';
import { Expert } from './experts';
import { RowError } from './imports';
import { listQuery, RegionCode, SearchText, sortEnum } from './query';

export const ExpertCreate = z
  .object({
    fullName: z.string().trim().min(1).max(200),
    email: z.email(),
    region: Region,
    affiliations: z.array(Organization).max(50),
    expertiseNominationIds: z.array(Id).max(200),
    loadCap: z.number().int().min(0).max(1000),
  })
  .meta({ id: 'ExpertCreate' });
export type ExpertCreate = z.infer<typeof ExpertCreate>;

/** Any subset of the create fields, plus deactivation (experts are never deleted: their sheets stay). */
export const ExpertPatch = ExpertCreate.partial()
  .extend({ active: z.boolean().optional() })
  .meta({ id: 'ExpertPatch' });
export type ExpertPatch = z.infer<typeof ExpertPatch>;

export const ExpertQuery = listQuery({
  q: SearchText.meta({ description: 'Matches the name or e-mail.' }).optional(),
  region: RegionCode.optional(),
  nominationId: Id.optional(),
  sort: sortEnum(['fullName', 'load']).optional(),
});
export type ExpertQuery = z.infer<typeof ExpertQuery>;

export const ExpertPage = pageOf(Expert).meta({ id: 'ExpertPage' });
export type ExpertPage = z.infer<typeof ExpertPage>;

/**
 * One expert row of the pool file, parsed client-side. Cells stay text so a bad row becomes a RowError
 * instead of failing the whole upload. An existing expert is matched by e-mail (case-insensitive) and updated.
 */
export const ExpertImportRow = z
  .object({
    fullName: z.string().max(200),
    email: z.string().max(320),
    /** Two-digit region code, e.g. "77". */
    regionCode: z.string().max(10),
    /** "ИНН Название" pairs separated by ";", may be empty. */
    affiliations: z.string().max(10000),
    /** Nomination IDs or titles separated by ";", may be empty. */
    expertise: z.string().max(10000),
    /** Whole number; empty keeps the current cap (or 0 for a new expert). */
    loadCap: z.string().max(10),
  })
  .meta({ id: 'ExpertImportRow' });
export type ExpertImportRow = z.infer<typeof ExpertImportRow>;

export const ExpertImportRequest = z
  .object({ rows: z.array(ExpertImportRow).min(1).max(5000) })
  .meta({ id: 'ExpertImportRequest' });
export type ExpertImportRequest = z.infer<typeof ExpertImportRequest>;

export const ExpertImportResult = z
  .object({
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    errors: z.array(RowError),
  })
  .meta({ id: 'ExpertImportResult' });
export type ExpertImportResult = z.infer<typeof ExpertImportResult>;
