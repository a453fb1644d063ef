import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import type { PreviewRowView } from '../preview-model';

const ACTION_TONE = { create: 'success', update: 'info', error: 'danger' } as const;

interface PreviewRowProps {
  row: PreviewRowView;
  /** 1-based row index for `aria-rowindex` when the table is virtualised (the header row is 1). */
  rowIndex?: number;
  dataIndex?: number;
}

/** One file row: where it is in the file, what it will do, and every error pointing at its column. */
export const PreviewRow = forwardRef<HTMLTableRowElement, PreviewRowProps>(function PreviewRow(
  { row, rowIndex, dataIndex },
  ref,
) {
  const { t } = useTranslation();
  return (
    <tr
      ref={ref}
      data-index={dataIndex}
      aria-rowindex={rowIndex}
      className={
        row.action === 'error' ? 'import-preview__row import-preview__row--error' : 'import-preview__row'
      }
    >
      <th scope="row" className="data-table__num">
        {row.fileRow}
      </th>
      <td className="import-table__id">{row.id ?? t('organizer.applications.import.preview.noId')}</td>
      <td className="import-table__project">
        <span className="import-table__title">
          {row.title === '' ? t('organizer.applications.import.preview.noTitle') : row.title}
        </span>
        {row.organization === '' ? null : <span className="import-muted">{row.organization}</span>}
      </td>
      <td>
        <Badge tone={ACTION_TONE[row.action]}>
          {t(`organizer.applications.import.preview.actions.${row.action}`)}
        </Badge>
      </td>
      <td className="import-table__errors">
        {row.errors.length === 0 ? (
          <span className="import-muted">{t('organizer.applications.import.preview.noErrors')}</span>
        ) : (
          <ul className="import-errors">
            {row.errors.map((error, index) => (
              // Two errors of one row can share column and text (rare, harmless); the index keeps keys unique.
              <li key={`${error.column ?? ''}-${index}`}>
                {error.column === null ? null : (
                  <span className="import-errors__column">
                    {t('organizer.applications.import.errors.column', { column: error.column })}:{' '}
                  </span>
                )}
                {error.text}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
});
