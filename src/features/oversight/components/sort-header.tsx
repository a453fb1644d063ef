import { useTranslation } from 'react-i18next';

interface SortHeaderProps<F extends string> {
  field: F;
  label: string;
  sort: F | `-${F}`;
  /** Counts read best largest first; names read best from А. */
  firstDescending?: boolean;
  onSort: (sort: F | `-${F}`) => void;
  className?: string;
}

/** A column header that asks the server for another order; `aria-sort` names the ordering column. */
export function SortHeader<F extends string>({
  field,
  label,
  sort,
  firstDescending = false,
  onSort,
  className,
}: SortHeaderProps<F>) {
  const { t } = useTranslation();
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const next: F | `-${F}` = active
    ? descending
      ? field
      : `-${field}`
    : firstDescending
      ? `-${field}`
      : field;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-header"
        title={t('oversight.progress.sortBy', { column: label })}
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
