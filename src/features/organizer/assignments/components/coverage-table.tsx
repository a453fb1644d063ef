import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '@/api/schemas/assignments';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { nominationsQueryOptions } from '../../shared/queries';

const COLUMNS = ['applications', 'full', 'partial', 'none', 'pending'] as const;

/** Per nomination: where the missing experts are. */
export function CoverageTable({ contestId, coverage }: { contestId: string; coverage: Coverage }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const titleOf = new Map(nominations.items.map((n) => [n.id, n.title]));
  const cells = (row: Omit<Coverage, 'expertsPerApplication' | 'byNomination'>) => [
    row.applications,
    row.fullyCovered,
    row.partiallyCovered,
    row.uncovered,
    row.recusedPending,
  ];

  return (
    <div className="asg-table-wrap">
      <table className="data-table data-table--rows asg-table">
        <caption className="asg-table__caption">{t('organizer.assignments.coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organizer.assignments.coverage.columns.nomination')}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="data-table__num">
                {t(`organizer.assignments.coverage.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.byNomination.map((row) => (
            <tr key={row.nominationId}>
              <th scope="row">{titleOf.get(row.nominationId) ?? row.nominationId}</th>
              {cells(row).map((value, i) => (
                <td
                  key={COLUMNS[i]}
                  className={
                    value > 0 && i >= 2 ? 'data-table__num asg-table__num--attention' : 'data-table__num'
                  }
                >
                  {formatNumber(locale, value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('organizer.assignments.coverage.total')}</th>
            {cells(coverage).map((value, i) => (
              <td key={COLUMNS[i]} className="data-table__num">
                {formatNumber(locale, value)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
