import { useTranslation } from 'react-i18next';
import { columnLetter } from '@/lib/tabular/match-headers';
import { OPTIONAL_HEADERS, type PreparedImport } from '../import-rows';

const DELIMITER_KEY = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

/** What became of the file's columns: read, dropped as unknown, repeated, or missing. */
export function ColumnReport({ prepared }: { prepared: PreparedImport }) {
  const { t } = useTranslation();
  const { match } = prepared;
  const optionalMissing = OPTIONAL_HEADERS.filter((header) => !match.found.includes(header));
  const dropped = [
    ...match.unknown.map(({ index, header }) =>
      header === ''
        ? t('organizer.applications.import.columns.droppedUnnamed', { letter: columnLetter(index) })
        : t('organizer.applications.import.columns.droppedItem', { letter: columnLetter(index), header }),
    ),
    ...match.duplicates.map(({ index, header }) =>
      t('organizer.applications.import.columns.duplicate', { letter: columnLetter(index), header }),
    ),
  ];
  return (
    <section className="import-columns" aria-labelledby="import-columns-title">
      <h3 className="import-section-title" id="import-columns-title">
        {t('organizer.applications.import.columns.title')}
      </h3>
      <p>
        {t('organizer.applications.import.columns.recognised', {
          count: match.found.length,
          total: prepared.columnCount,
        })}{' '}
        {prepared.source === 'xlsx'
          ? t('organizer.applications.import.columns.sheet')
          : t('organizer.applications.import.columns.encoding', {
              encoding: t(`organizer.applications.import.columns.encodings.${prepared.encoding ?? 'utf-8'}`),
              delimiter: t(
                `organizer.applications.import.columns.delimiters.${DELIMITER_KEY[prepared.delimiter ?? ',']}`,
              ),
            })}
      </p>
      {dropped.length > 0 ? (
        <div className="import-columns__dropped">
          <p>{t('organizer.applications.import.columns.dropped')}</p>
          <ul>
            {dropped.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {match.missing.length === 0 && optionalMissing.length > 0 ? (
        <p className="import-muted">
          {t('organizer.applications.import.columns.optionalMissing', {
            columns: optionalMissing.join(', '),
          })}
        </p>
      ) : null}
    </section>
  );
}
