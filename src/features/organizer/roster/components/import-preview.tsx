import { useTranslation } from 'react-i18next';
import type { ExpertImportRow } from '@/api/schemas/expert-inputs';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { TableSheet } from '@/lib/tabular/read-table';
import type { RowProblem } from '../import-checks';
import { headerOf, MAX_IMPORT_ROWS, type ColumnMapping } from '../import-columns';
import { ImportPreviewTable } from './import-preview-table';

export interface LoadedFile {
  name: string;
  sheet: TableSheet;
  mapping: ColumnMapping;
  rows: ExpertImportRow[];
  /** Per row, what the preview found wrong before sending. */
  problems: RowProblem[][];
}

interface ImportPreviewProps {
  file: LoadedFile;
  pending: boolean;
  failed: boolean;
  onSubmit: () => void;
}

/** Every row as it will be sent, with what is visibly wrong; nothing is stored until the button. */
export function ImportPreview({ file, pending, failed, onSubmit }: ImportPreviewProps) {
  const { t } = useTranslation();
  const { sheet, mapping, rows, problems } = file;
  const flagged = problems.filter((list) => list.length > 0).length;
  const list = (keys: readonly Parameters<typeof headerOf>[0][]) =>
    keys.map((k) => `«${headerOf(k)}»`).join(', ');
  const blocked = mapping.missingRequired.length > 0 || rows.length > MAX_IMPORT_ROWS || rows.length === 0;

  return (
    <div className="roster-import__preview">
      <p className="roster-import__file-info">
        {t('organizer.roster.import.fileInfo', { name: file.name, rows: rows.length })}
        {sheet.encoding !== undefined && sheet.delimiter !== undefined ? (
          <>
            {' '}
            {t('organizer.roster.import.encodingInfo', {
              encoding: t(`organizer.roster.import.encoding.${sheet.encoding}`),
              delimiter: sheet.delimiter === '\t' ? 'Tab' : sheet.delimiter,
            })}
          </>
        ) : null}
      </p>
      {mapping.missingRequired.length > 0 ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.roster.import.missingRequired', { columns: list(mapping.missingRequired) })}
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.roster.import.unreadable.empty')}
        </Alert>
      ) : null}
      {rows.length > MAX_IMPORT_ROWS ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.roster.import.tooManyRows', { rows: rows.length, max: MAX_IMPORT_ROWS })}
        </Alert>
      ) : null}
      {mapping.missingOptional.length > 0 ? (
        <Alert tone="info" live="off">
          {t('organizer.roster.import.missingOptional', { columns: list(mapping.missingOptional) })}
        </Alert>
      ) : null}
      {mapping.ignored.length > 0 ? (
        <Alert tone="warning" live="off">
          {t('organizer.roster.import.ignored', { columns: mapping.ignored.map((h) => `«${h}»`).join(', ') })}
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <ImportPreviewTable rows={rows} rowNumbers={sheet.rowNumbers} problems={problems} mapping={mapping} />
      ) : null}
      {flagged > 0 && !blocked ? (
        <p className="roster-import__flagged">{t('organizer.roster.import.flagged', { count: flagged })}</p>
      ) : null}
      {failed ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.roster.import.failed')}
        </Alert>
      ) : null}
      {blocked ? null : (
        <Button busy={pending} onClick={onSubmit}>
          {pending
            ? t('organizer.roster.import.submitting')
            : t('organizer.roster.import.submit', { count: rows.length })}
        </Button>
      )}
    </div>
  );
}
