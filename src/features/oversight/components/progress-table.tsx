import { useTranslation } from 'react-i18next';
import type { ProgressPage } from '@/api/schemas/coordination';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { ProgressBy, ProgressSort, ProgressSortField } from '../progress-params';
import { RiskBadge } from './risk-badge';
import { SortHeader } from '@/components/ui/sort-header';

const COUNTS = ['assigned', 'drafts', 'submitted', 'returned', 'recused', 'overdue'] as const;
const SORTABLE: ReadonlySet<string> = new Set<ProgressSortField>(['assigned', 'submitted', 'overdue']);

interface ProgressTableProps {
  data: ProgressPage;
  by: ProgressBy;
  sort: ProgressSort;
  busy: boolean;
  /** The expert being reminded, so only that row's button shows it is busy. */
  remindingId: string | null;
  onSort: (sort: ProgressSort) => void;
  onRemind: (expertId: string, name: string) => void;
}

export function ProgressTable({ data, by, sort, busy, remindingId, onSort, onRemind }: ProgressTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const from = (data.page - 1) * data.pageSize + 1;
  const to = from + data.items.length - 1;
  return (
    <div className={busy ? 'data-table-wrap data-table-wrap--busy' : 'data-table-wrap'}>
      <table className="data-table data-table--rows data-table--inset" aria-busy={busy || undefined}>
        <caption className="data-table__caption">
          {t(`oversight.progress.caption.${by}`)}{' '}
          <span className="data-table__range">
            {t('oversight.progress.range', { from, to, total: data.total })}
          </span>
        </caption>
        <thead>
          <tr>
            <SortHeader
              field="label"
              label={t(`oversight.progress.columns.${by}`)}
              hint={t('oversight.progress.sortBy', { column: t(`oversight.progress.columns.${by}`) })}
              sort={sort}
              onSort={onSort}
            />
            {COUNTS.map((key) =>
              SORTABLE.has(key) ? (
                <SortHeader
                  key={key}
                  field={key as ProgressSortField}
                  label={t(`oversight.progress.columns.${key}`)}
                  hint={t('oversight.progress.sortBy', { column: t(`oversight.progress.columns.${key}`) })}
                  sort={sort}
                  firstDescending
                  onSort={onSort}
                  className="data-table__num"
                />
              ) : (
                <th key={key} scope="col" className="data-table__num">
                  {t(`oversight.progress.columns.${key}`)}
                </th>
              ),
            )}
            <SortHeader
              field="deadlineRisk"
              label={t('oversight.progress.columns.deadlineRisk')}
              hint={t('oversight.progress.sortBy', { column: t('oversight.progress.columns.deadlineRisk') })}
              sort={sort}
              firstDescending
              onSort={onSort}
            />
            {by === 'expert' ? (
              <th scope="col">
                <span className="visually-hidden">{t('oversight.progress.columns.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {data.items.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="oversight-table__label">
                {row.label}
              </th>
              {COUNTS.map((key) => (
                <td
                  key={key}
                  className={
                    key === 'overdue' && row.overdue > 0
                      ? 'data-table__num oversight-table__num--alert'
                      : 'data-table__num'
                  }
                >
                  {formatNumber(locale, row[key])}
                </td>
              ))}
              <td>
                <RiskBadge risk={row.deadlineRisk} />
              </td>
              {by === 'expert' ? (
                <td className="oversight-table__action">
                  {row.assigned > row.submitted ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      busy={remindingId === row.key}
                      aria-label={t('oversight.progress.remindOne', { name: row.label })}
                      onClick={() => onRemind(row.key, row.label)}
                    >
                      {t('oversight.progress.remind')}
                    </Button>
                  ) : (
                    <span className="oversight-muted">{t('oversight.progress.nothingPending')}</span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
