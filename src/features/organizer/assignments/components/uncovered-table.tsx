import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UncoveredApplication } from '@/api/schemas/assignments';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { uncoveredReasonText } from '../messages';

const FIRST_ROWS = 50;

/** Applications the distribution cannot fill, each with why nobody could take it. */
export function UncoveredTable({ uncovered }: { uncovered: readonly UncoveredApplication[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [all, setAll] = useState(false);
  if (uncovered.length === 0) {
    return <p className="asg-preview__ok">{t('organizer.assignments.distribution.uncoveredNone')}</p>;
  }
  const rows = all ? uncovered : uncovered.slice(0, FIRST_ROWS);
  return (
    <>
      <div className="asg-table-wrap">
        <table className="data-table data-table--rows asg-table">
          <caption className="asg-table__caption">
            {t('organizer.assignments.distribution.uncoveredCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('organizer.assignments.distribution.uncoveredColumns.application')}</th>
              <th scope="col" className="data-table__num">
                {t('organizer.assignments.distribution.uncoveredColumns.missing')}
              </th>
              <th scope="col">{t('organizer.assignments.distribution.uncoveredColumns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.applicationId}>
                <th scope="row" className="asg-table__id">
                  {u.applicationId}
                </th>
                <td className="data-table__num">{formatNumber(locale, u.missing)}</td>
                <td>{uncoveredReasonText(t, u.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {uncovered.length > rows.length ? (
        <p className="asg-more">
          {t('organizer.assignments.distribution.loadRows', { shown: rows.length, total: uncovered.length })}{' '}
          <Button variant="ghost" size="sm" onClick={() => setAll(true)}>
            {t('organizer.assignments.distribution.showAll', { count: uncovered.length })}
          </Button>
        </p>
      ) : null}
    </>
  );
}
