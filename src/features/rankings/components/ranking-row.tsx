import { memo, type MouseEvent } from 'react';
import type { RankingCriterion, RankingRow as Row } from '@/api/schemas/coordination';
import type { Locale } from '@/i18n/messages';
import type { RankingColumn } from '../columns';
import { RankingCell } from './ranking-cell';

interface RankingRowProps {
  row: Row;
  /** 1-based position among all rows, header included, for `aria-rowindex`. */
  rowIndex: number;
  columns: readonly RankingColumn[];
  criteria: readonly RankingCriterion[];
  href: string;
  winner: boolean;
  locale: Locale;
  onOpen: (href: string) => void;
}

/** Memoised: while scrolling 40,000 rows only the rows entering the window render. */
export const RankingRow = memo(function RankingRow({
  row,
  rowIndex,
  columns,
  criteria,
  href,
  winner,
  locale,
  onOpen,
}: RankingRowProps) {
  // The ID link is the keyboard way in; a click anywhere else on the row is a mouse shortcut to it.
  function handleClick(event: MouseEvent<HTMLTableRowElement>) {
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    onOpen(href);
  }
  return (
    <tr
      className={winner ? 'ranking-row ranking-row--winner' : 'ranking-row'}
      aria-rowindex={rowIndex}
      onClick={handleClick}
    >
      {columns.map((column) => (
        <RankingCell
          key={column.id}
          column={column}
          row={row}
          criteria={criteria}
          href={href}
          locale={locale}
        />
      ))}
    </tr>
  );
});

export function LoadingRow({ rowIndex, span, label }: { rowIndex: number; span: number; label: string }) {
  return (
    <tr className="ranking-row ranking-row--loading" aria-rowindex={rowIndex}>
      <td colSpan={span}>
        <span className="ranking-row__placeholder">{label}</span>
      </td>
    </tr>
  );
}
