import { memo, type MouseEvent } from 'react';
import type { RankingCriterion, RankingRow as Row } from '@/api/schemas/coordination';
import type { RankingColumn } from '../columns';
import { rankingCell } from './ranking-cell';
import type { RowText } from './row-text';

interface RankingRowProps {
  row: Row;
  /** 1-based position among all rows, header included, for `aria-rowindex`. */
  rowIndex: number;
  columns: readonly RankingColumn[];
  criteria: readonly RankingCriterion[];
  href: string;
  winner: boolean;
  text: RowText;
  onOpen: (href: string) => void;
}

/** A click the browser should handle itself: a new tab or window, a download, not the main button. */
function opensElsewhere(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/** Memoised: while scrolling 40,000 rows only the rows entering the window render. */
export const RankingRow = memo(function RankingRow({
  row,
  rowIndex,
  columns,
  criteria,
  href,
  winner,
  text,
  onOpen,
}: RankingRowProps) {
  // The ID link is the keyboard way in; a click anywhere else on the row is a mouse shortcut to it.
  function handleClick(event: MouseEvent<HTMLTableRowElement>) {
    const target = event.target instanceof Element ? event.target.closest('a, button') : null;
    if (target instanceof HTMLAnchorElement) {
      if (opensElsewhere(event)) return;
      event.preventDefault();
    } else if (target !== null) return;
    onOpen(href);
  }
  return (
    <tr
      className={winner ? 'ranking-row ranking-row--winner' : 'ranking-row'}
      aria-rowindex={rowIndex}
      onClick={handleClick}
    >
      {columns.map((column) => rankingCell(column, row, criteria, href, text))}
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
