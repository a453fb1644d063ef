import {
  IMPORT_CELL_MAX_LENGTH,
  IMPORT_HEADERS,
  REQUIRED_IMPORT_HEADERS,
  type ImportHeader,
} from '@/api/schemas/import-headers';
import type { ImportRow } from '@/api/schemas/imports';
import { matchHeaders, type HeaderMatch } from '@/lib/tabular/match-headers';
import type { TableSheet } from '@/lib/tabular/read-table';

export const REQUIRED_HEADERS: readonly ImportHeader[] = REQUIRED_IMPORT_HEADERS;
export const OPTIONAL_HEADERS: readonly ImportHeader[] = IMPORT_HEADERS.filter(
  (header) => !REQUIRED_HEADERS.includes(header),
);

/** The contract's limits on the preview request: rows per request and characters per cell. */
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_CELL_LENGTH = IMPORT_CELL_MAX_LENGTH;

/** Why a file read fine but cannot be sent for a preview. */
export type ImportBlocker =
  | { kind: 'noRows' }
  | { kind: 'tooManyRows'; count: number }
  | { kind: 'noKnownColumns' }
  | { kind: 'missingColumns'; columns: ImportHeader[] }
  | { kind: 'cellTooLong'; row: number; column: ImportHeader };

export interface PreparedImport {
  fileName: string;
  source: TableSheet['source'];
  encoding: TableSheet['encoding'];
  delimiter: TableSheet['delimiter'];
  columnCount: number;
  match: HeaderMatch<ImportHeader>;
  /** The rows as the preview request carries them: recognised columns only. */
  rows: ImportRow[];
  /** The row number in the file of each entry of `rows` (the server numbers them 1..n). */
  fileRows: number[];
  blocker: ImportBlocker | null;
}

function blockerOf(sheet: TableSheet, match: HeaderMatch<ImportHeader>): ImportBlocker | null {
  if (match.found.length === 0) return { kind: 'noKnownColumns' };
  if (match.missing.length > 0) return { kind: 'missingColumns', columns: match.missing };
  if (sheet.rows.length === 0) return { kind: 'noRows' };
  if (sheet.rows.length > MAX_IMPORT_ROWS) return { kind: 'tooManyRows', count: sheet.rows.length };
  for (const [rowIndex, row] of sheet.rows.entries()) {
    for (const [column, header] of match.columns.entries()) {
      if (header !== null && (row[column]?.length ?? 0) > MAX_CELL_LENGTH) {
        return { kind: 'cellTooLong', row: sheet.rowNumbers[rowIndex] ?? rowIndex + 2, column: header };
      }
    }
  }
  return null;
}

/** Turns a read sheet into preview rows, keeping what the UI needs to point back into the file. */
export function prepareImport(fileName: string, sheet: TableSheet): PreparedImport {
  const match = matchHeaders(sheet.headers, IMPORT_HEADERS, REQUIRED_HEADERS);
  const blocker = blockerOf(sheet, match);
  const rows =
    blocker === null
      ? sheet.rows.map((cells) => {
          const row: ImportRow = {};
          match.columns.forEach((header, column) => {
            if (header !== null) row[header] = cells[column] ?? '';
          });
          return row;
        })
      : [];
  return {
    fileName,
    source: sheet.source,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    columnCount: sheet.headers.length,
    match,
    rows,
    fileRows: sheet.rowNumbers,
    blocker,
  };
}
