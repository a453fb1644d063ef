import { useTranslation } from 'react-i18next';
import type { ExpertImportRow } from '@/api/schemas/expert-inputs';
import type { RowProblem } from '../import-checks';
import { IMPORT_COLUMNS, type ColumnMapping } from '../import-columns';
import { problemText } from '../import-messages';

interface ImportPreviewTableProps {
  rows: readonly ExpertImportRow[];
  /** Row numbers as in the file (header = 1), so a flagged row is found where the user looks. */
  rowNumbers: readonly number[];
  problems: readonly (readonly RowProblem[])[];
  mapping: ColumnMapping;
}

export function ImportPreviewTable({ rows, rowNumbers, problems, mapping }: ImportPreviewTableProps) {
  const { t } = useTranslation();
  const present = IMPORT_COLUMNS.filter((c) => mapping.indexOf[c.key] !== undefined);
  return (
    <div className="data-table-wrap roster-table-wrap roster-import__table">
      <table className="data-table data-table--rows data-table--inset roster-table">
        <caption className="data-table__caption">{t('organizer.roster.import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organizer.roster.import.rowNumber')}</th>
            {present.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
            <th scope="col">{t('organizer.roster.import.check')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowProblems = problems[index] ?? [];
            const number = rowNumbers[index] ?? index + 2;
            return (
              <tr key={number} className={rowProblems.length === 0 ? undefined : 'roster-table__row--bad'}>
                <th scope="row" className="data-table__num">
                  {number}
                </th>
                {present.map((c) => (
                  <td key={c.key} className="roster-import__cell">
                    {row[c.key]}
                  </td>
                ))}
                <td className="roster-import__check">
                  {rowProblems.length === 0 ? (
                    <span className="roster-import__ok">{t('organizer.roster.import.ok')}</span>
                  ) : (
                    <ul className="roster-import__problems">
                      {rowProblems.map((problem, i) => (
                        <li key={i}>{problemText(problem, t)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
