import type { TFunction } from 'i18next';
import type { ImportHeader } from '@/api/schemas/import-headers';
import type { ImportAction, ImportPreview } from '@/api/schemas/imports';
import type { PreparedImport } from './import-rows';
import { columnOfError, rowErrorText } from './row-errors';

export interface PreviewRowError {
  column: ImportHeader | null;
  text: string;
}

export interface PreviewRowView {
  /** The position in the submitted rows (1-based), unique and stable. */
  key: number;
  /** The row number as the organizer sees it in the file: the header and any blank rows counted. */
  fileRow: number;
  id: string | null;
  title: string;
  organization: string;
  action: ImportAction;
  errors: PreviewRowError[];
}

/**
 * Joins the server's verdicts with the rows the client sent, once per preview: the table then only
 * renders (thousands of rows are filtered and scrolled without recomputing the messages).
 */
export function previewRowsView(
  t: TFunction,
  prepared: PreparedImport,
  preview: ImportPreview,
): PreviewRowView[] {
  const firstRowOfId = new Map<string, number>();
  prepared.rows.forEach((row, index) => {
    const id = (row.ID ?? '').trim();
    if (id !== '' && !firstRowOfId.has(id)) firstRowOfId.set(id, prepared.fileRows[index] ?? index + 2);
  });
  return preview.rows.map((verdict) => {
    const index = verdict.rowNumber - 1;
    const row = prepared.rows[index];
    return {
      key: verdict.rowNumber,
      // Without the client's numbering (it always has it) the header row is the best guess of the offset.
      fileRow: prepared.fileRows[index] ?? verdict.rowNumber + 1,
      id: verdict.id,
      title: (row?.Название ?? '').trim(),
      organization: (row?.НКО ?? '').trim(),
      action: verdict.action,
      errors: verdict.errors.map((error) => ({
        column: columnOfError(error),
        text: rowErrorText(t, error, { row, firstRowOfId: (id) => firstRowOfId.get(id) }),
      })),
    };
  });
}
