import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertImportResult } from '@/api/schemas/expert-inputs';
import { Button } from '@/components/ui/button';
import { serverErrorText } from '../import-messages';
import type { LoadedFile } from './import-preview';

interface ImportResultProps {
  file: LoadedFile;
  result: ExpertImportResult;
  onAgain: () => void;
}

/** What the server did: counts, then every refused row with its number in the file and the reason. */
export function ImportResult({ file, result, onAgain }: ImportResultProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview the user was reading is gone; focus moves to what replaced it.
  useEffect(() => heading.current?.focus(), []);
  const refused = result.errors.length;

  return (
    <div className="roster-import__result">
      <div className={refused > 0 ? 'alert alert--warning' : 'alert alert--success'}>
        <h3 className="alert__title" ref={heading} tabIndex={-1}>
          {t('organizer.roster.import.resultTitle')}
        </h3>
        <ul className="roster-import__counts">
          <li>{t('organizer.roster.import.created', { count: result.created })}</li>
          <li>{t('organizer.roster.import.updated', { count: result.updated })}</li>
          {refused > 0 ? <li>{t('organizer.roster.import.refused', { count: refused })}</li> : null}
        </ul>
      </div>
      {refused > 0 ? (
        <>
          <p>{t('organizer.roster.import.refusedHint')}</p>
          <div className="data-table-wrap roster-table-wrap">
            <table className="data-table data-table--rows data-table--inset roster-table">
              <caption className="data-table__caption">{t('organizer.roster.import.refusedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organizer.roster.import.rowNumber')}</th>
                  <th scope="col">{t('organizer.roster.table.name')}</th>
                  <th scope="col">{t('organizer.roster.import.email')}</th>
                  <th scope="col">{t('organizer.roster.import.errors')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((rowError) => {
                  const row = file.rows[rowError.rowNumber - 1];
                  const number = file.sheet.rowNumbers[rowError.rowNumber - 1] ?? rowError.rowNumber + 1;
                  return (
                    <tr key={rowError.rowNumber}>
                      <th scope="row" className="data-table__num">
                        {number}
                      </th>
                      <td>{row?.fullName}</td>
                      <td>{row?.email}</td>
                      <td>
                        <ul className="roster-import__problems">
                          {rowError.errors.map((error, i) => (
                            <li key={i}>{serverErrorText(error, row, t)}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <Button variant="secondary" onClick={onAgain}>
        {t('organizer.roster.import.another')}
      </Button>
    </div>
  );
}
