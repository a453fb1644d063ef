import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SortHeader } from '@/components/ui/sort-header';
import type { RankingColumn } from '../columns';
import type { RankingSort } from '../ranking-params';

interface RankingHeadProps {
  columns: readonly RankingColumn[];
  sort: RankingSort;
  onSort: (sort: RankingSort) => void;
}

/** Scores read best-first, so their first click sorts descending; everything else ascends first. */
const FIRST_DESCENDING = new Set(['score', 'spread', 'submitted']);

export function useColumnLabel() {
  const { t } = useTranslation();
  return (column: RankingColumn): string =>
    column.kind === 'criterion'
      ? t('rankings.columns.criterion', { title: column.title })
      : t(`rankings.columns.${column.id}`);
}

/** Memoised: the table re-renders as rows scroll in, the header only when columns or sort change. */
export const RankingHead = memo(function RankingHead({ columns, sort, onSort }: RankingHeadProps) {
  const { t } = useTranslation();
  const label = useColumnLabel();
  return (
    <div role="rowgroup" className="ranking-grid__head">
      <div role="row" className="ranking-grid__head-row" aria-rowindex={1}>
        {columns.map((column) => {
          const text = label(column);
          const className = column.numeric ? 'ranking-head-cell num' : 'ranking-head-cell';
          const field = column.kind === 'fixed' ? column.sort : null;
          if (field === null) {
            return (
              <div key={column.id} role="columnheader" className={className} title={text}>
                <span className="ranking-table__head-text">{text}</span>
              </div>
            );
          }
          return (
            <SortHeader
              key={column.id}
              field={field}
              label={text}
              sort={sort}
              firstDescending={FIRST_DESCENDING.has(field)}
              onSort={onSort}
              hint={t('rankings.table.sortBy', { column: text })}
              className={className}
              as="div"
            />
          );
        })}
      </div>
    </div>
  );
});
