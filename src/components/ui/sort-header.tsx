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
  /**
   * `th` in a real table; `div` (role columnheader) in a windowed ARIA table whose rows are
   * positioned blocks rather than table layout.
   */
  as?: 'th' | 'div';
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
  as = 'th',
}: SortHeaderProps<F>) {
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const descendingNext = active ? !descending : firstDescending;
  const next: F | `-${F}` = descendingNext ? `-${field}` : field;
  const ariaSort = active ? (descending ? 'descending' : 'ascending') : undefined;
  const button = (
    <button type="button" className="sort-header" title={hint} onClick={() => onSort(next)}>
      {label}
      <span className="sort-header__arrow" aria-hidden="true">
        {active ? (descending ? '↓' : '↑') : '↕'}
      </span>
    </button>
  );
  return as === 'th' ? (
    <th scope="col" className={className} aria-sort={ariaSort}>
      {button}
    </th>
  ) : (
    <div role="columnheader" className={className} aria-sort={ariaSort}>
      {button}
    </div>
  );
}
