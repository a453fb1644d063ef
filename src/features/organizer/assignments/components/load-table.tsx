import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertLoad } from '@/api/schemas/assignments';
import { Button } from '@/components/ui/button';
import { SortHeader } from '@/components/ui/sort-header';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

type Field = 'expert' | 'before' | 'after' | 'added' | 'cap';
type Sort = Field | `-${Field}`;

const FIRST_ROWS = 50;

const VALUE: Record<Field, (l: ExpertLoad) => number | string> = {
  expert: (l) => l.fullName,
  before: (l) => l.before,
  after: (l) => l.after,
  added: (l) => l.after - l.before,
  cap: (l) => l.cap,
};

function compare(sort: Sort) {
  const field: Field = sort.startsWith('-') ? (sort.slice(1) as Field) : (sort as Field);
  const sign = sort.startsWith('-') ? -1 : 1;
  return (a: ExpertLoad, b: ExpertLoad) => {
    const x = VALUE[field](a);
    const y = VALUE[field](b);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ru');
    return sign * order || a.fullName.localeCompare(b.fullName, 'ru');
  };
}

/**
 * Load per expert before and after the preview. The preview lives only in this page visit, so its
 * sort is component state rather than the URL: a reload has no preview to sort.
 */
export function LoadTable({ loads }: { loads: readonly ExpertLoad[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [sort, setSort] = useState<Sort>('-after');
  const [all, setAll] = useState(false);
  const sorted = [...loads].sort(compare(sort));
  const rows = all ? sorted : sorted.slice(0, FIRST_ROWS);
  const columns: Field[] = ['expert', 'before', 'after', 'added', 'cap'];

  return (
    <>
      <div className="asg-table-wrap">
        <table className="data-table data-table--rows asg-table">
          <caption className="asg-table__caption">
            {t('organizer.assignments.distribution.loadCaption')}
            <span className="asg-table__sub">{t('organizer.assignments.distribution.loadHint')}</span>
          </caption>
          <thead>
            <tr>
              {columns.map((field) => {
                const label = t(`organizer.assignments.distribution.loadColumns.${field}`);
                return (
                  <SortHeader
                    key={field}
                    field={field}
                    label={label}
                    sort={sort}
                    firstDescending={field !== 'expert'}
                    onSort={setSort}
                    hint={t('organizer.assignments.distribution.sortBy', { column: label })}
                    className={field === 'expert' ? undefined : 'data-table__num'}
                  />
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={l.expertId}>
                <th scope="row">{l.fullName}</th>
                <td className="data-table__num">{formatNumber(locale, l.before)}</td>
                <td
                  className={
                    l.after >= l.cap ? 'data-table__num asg-table__num--attention' : 'data-table__num'
                  }
                >
                  {formatNumber(locale, l.after)}
                  {l.after >= l.cap ? (
                    <span className="asg-table__flag">
                      {' '}
                      ({t('organizer.assignments.distribution.atCap')})
                    </span>
                  ) : null}
                </td>
                <td className="data-table__num">+{formatNumber(locale, l.after - l.before)}</td>
                <td className="data-table__num">{formatNumber(locale, l.cap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > rows.length ? (
        <p className="asg-more">
          {t('organizer.assignments.distribution.loadRows', { shown: rows.length, total: sorted.length })}{' '}
          <Button variant="ghost" size="sm" onClick={() => setAll(true)}>
            {t('organizer.assignments.distribution.showAll', { count: sorted.length })}
          </Button>
        </p>
      ) : null}
    </>
  );
}
