import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview as ImportPreviewData } from '@/api/schemas/imports';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { PreparedImport } from '../import-rows';
import { previewRowsView } from '../preview-model';
import { CommitBar, type CommitFailure } from './commit-bar';
import { PreviewTable } from './preview-table';
import { focusOnMount } from '../focus-on-mount';

interface ImportPreviewProps {
  prepared: PreparedImport;
  preview: ImportPreviewData;
  committing: boolean;
  commitFailure: CommitFailure;
  onCommit: () => void;
  onRecheck: () => void;
  onCancel: () => void;
}

const ACTIONS = ['create', 'update', 'error'] as const;

/** Every row of the file with what it would do; nothing is stored until the commit button is pressed. */
export function ImportPreview({ prepared, preview, ...commit }: ImportPreviewProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = useMemo(() => previewRowsView(t, prepared, preview), [t, prepared, preview]);
  const shown = useMemo(
    () => (onlyErrors ? rows.filter((row) => row.action === 'error') : rows),
    [rows, onlyErrors],
  );
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 className="import-section-title" id="import-preview-title" tabIndex={-1} ref={focusOnMount}>
        {t('organizer.applications.import.preview.title')}
      </h3>
      <p>
        {t('organizer.applications.import.preview.summary', {
          name: prepared.fileName,
          count: preview.rows.length,
        })}
      </p>
      <dl className="import-counts">
        {ACTIONS.map((action) => (
          <div key={action} className={`import-counts__item import-counts__item--${action}`}>
            <dt>{t(`organizer.applications.import.preview.counts.${action}`)}</dt>
            <dd>{formatNumber(locale, preview.counts[action])}</dd>
          </div>
        ))}
      </dl>
      <div className="import-preview__filter">
        <input
          id="import-only-errors"
          type="checkbox"
          checked={onlyErrors}
          onChange={(event) => setOnlyErrors(event.target.checked)}
        />
        <label htmlFor="import-only-errors">{t('organizer.applications.import.preview.onlyErrors')}</label>
        <span className="import-muted" role="status">
          {t('organizer.applications.import.preview.shown', { shown: shown.length, total: rows.length })}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="import-muted">{t('organizer.applications.import.preview.noErrorRows')}</p>
      ) : (
        <PreviewTable rows={shown} fileName={prepared.fileName} />
      )}
      <CommitBar counts={preview.counts} {...commit} />
    </section>
  );
}
