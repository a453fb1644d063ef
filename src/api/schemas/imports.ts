import { z } from 'zod';
import { Application } from './applications';
import { FieldError, Id } from './common';
import { IMPORT_HEADERS } from './import-headers';

export { IMPORT_HEADERS, IMPORT_HEADER_FIELDS } from './import-headers';
export type { ImportField, ImportHeader } from './import-headers';

export const ImportHeaderName = z.enum(IMPORT_HEADERS).meta({ id: 'ImportHeader' });

/**
 * One data row of the file as the client parsed it: header → raw cell text. Every value stays a string
 * so the server, not the spreadsheet, decides what is a valid date, amount or ИНН and reports it per row.
 * Columns the file lacks are simply absent; unknown columns must be dropped by the client.
 */
export const ImportRow = z.partialRecord(ImportHeaderName, z.string().max(20000)).meta({ id: 'ImportRow' });
export type ImportRow = z.infer<typeof ImportRow>;

/** The application as a row would create or update it (server-managed fields excluded). */
export const ApplicationInput = Application.pick({
  id: true,
  nominationId: true,
  title: true,
  organization: true,
  region: true,
  startDate: true,
  endDate: true,
  goals: true,
  targetAudience: true,
  summary: true,
  grantor: true,
  requestedAmount: true,
  participantsCount: true,
  qualitativeResults: true,
  confirmedByRegion: true,
}).meta({ id: 'ApplicationInput' });
export type ApplicationInput = z.infer<typeof ApplicationInput>;

export const ImportPreviewRequest = z
  .object({
    rows: z.array(ImportRow).min(1).max(50000),
    fileName: z.string().trim().min(1).max(300),
  })
  .meta({ id: 'ImportPreviewRequest' });
export type ImportPreviewRequest = z.infer<typeof ImportPreviewRequest>;

export const ImportAction = z.enum(['create', 'update', 'error']).meta({ id: 'ImportAction' });
export type ImportAction = z.infer<typeof ImportAction>;

export const ImportPreviewRow = z
  .object({
    /** 1-based position in the submitted `rows` (the client adds its header offset when showing it). */
    rowNumber: z.number().int().min(1),
    /** The row's `ID` cell; null when the cell is empty. */
    id: z.string().nullable(),
    /** `update` when an application with this ID already exists: re-import never duplicates. */
    action: ImportAction,
    errors: z.array(FieldError),
    /** Absent when the row cannot be turned into an application (action `error`). */
    application: ApplicationInput.optional(),
  })
  .meta({ id: 'ImportPreviewRow' });
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportCounts = z
  .object({
    create: z.number().int().min(0),
    update: z.number().int().min(0),
    error: z.number().int().min(0),
  })
  .meta({ id: 'ImportCounts' });
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportPreview = z
  .object({
    /** Handle for the commit; nothing is stored until then. */
    previewId: Id,
    rows: z.array(ImportPreviewRow),
    counts: ImportCounts,
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportCommitRequest = z.object({ previewId: Id }).meta({ id: 'ImportCommitRequest' });
export type ImportCommitRequest = z.infer<typeof ImportCommitRequest>;

export const ImportCommitResult = z
  .object({
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    /** Rows left out because they had errors. */
    skipped: z.number().int().min(0),
  })
  .meta({ id: 'ImportCommitResult' });
export type ImportCommitResult = z.infer<typeof ImportCommitResult>;

/** A rejected row of a bulk import: its 1-based position in the submitted rows and what was wrong. */
export const RowError = z
  .object({ rowNumber: z.number().int().min(1), errors: z.array(FieldError).min(1) })
  .meta({ id: 'RowError' });
export type RowError = z.infer<typeof RowError>;
