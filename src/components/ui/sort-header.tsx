interface SortHeaderProps<F extends string> {
  field: F;
  label: string;
  sort: string;
  /** The order a first click picks: counts and recency read best largest first, names and IDs from the start. */
  firstDescending?: boolean;
  onSort: (sort: F | `-${F}`) => void;
  /** The button's tooltip, e.g. «Сортировать по: Статус». */
  hint: string;
  className?: string;
}

/**
 * A column header that asks for another order (`field` ascending, `-field` descending); `aria-sort`
 * tells screen readers which column orders the table.
 */
export function SortHeader<F extends string>({
  field,
  label,
  sort,
  firstDescending = false,
  onSort,
  hint,
  className,
}: SortHeaderProps<F>) {
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const descendingNext = active ? !descending : firstDescending;
  const next: F | `-${F}` = descendingNext ? `-${field}` : field;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="sort-header" title={hint} onClick={() => onSort(next)}>
        {label}
        <span className="sort-header__arrow" aria-hidden="true">
          {active ? (descending ? '↓' : '↑') : '↕'}
        </span>
      </button>
    </th>
  );
}
