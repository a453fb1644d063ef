import { useTranslation } from 'react-i18next';
import type { QueueSort } from '../queue-params';

type Field = 'applicationId' | 'status' | 'updatedAt';

interface SortHeaderProps {
  field: Field;
  label: string;
  sort: QueueSort;
  /** The order a first click picks: IDs ascending, changes newest first. */
  firstDescending?: boolean;
  onSort: (sort: QueueSort) => void;
  className?: string;
}

/** A column header that sorts the list; `aria-sort` tells screen readers which column orders it. */
export function SortHeader({
  field,
  label,
  sort,
  firstDescending = false,
  onSort,
  className,
}: SortHeaderProps) {
  const { t } = useTranslation();
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const next: QueueSort = active ? (descending ? field : `-${field}`) : firstDescending ? `-${field}` : field;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-header"
        title={t('queue.table.sortBy', { column: label })}
        onClick={() => onSort(next)}
      >
        {label}
        <span className="sort-header__arrow" aria-hidden="true">
          {active ? (descending ? '↓' : '↑') : '↕'}
        </span>
      </button>
    </th>
  );
}
