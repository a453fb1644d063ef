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

export function RankingHead({ columns, sort, onSort }: RankingHeadProps) {
  const { t } = useTranslation();
  const label = useColumnLabel();
  return (
    <thead>
      <tr aria-rowindex={1}>
        {columns.map((column) => {
          const text = label(column);
          const className = column.kind === 'criterion' || column.id !== 'title' ? 'num' : undefined;
          const field = column.kind === 'fixed' ? column.sort : null;
          if (field === null) {
            return (
              <th
                key={column.id}
                scope="col"
                className={column.kind === 'criterion' ? 'num' : undefined}
                title={text}
              >
                <span className="ranking-table__head-text">{text}</span>
              </th>
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
            />
          );
        })}
      </tr>
    </thead>
  );
}
