import { memo } from 'react';
import type { RankingCriterion, RankingRow as Row } from '@/api/schemas/coordination';
import type { RankingColumn } from '../columns';
import { rankingCell } from './ranking-cell';
import type { RowText } from './row-text';

interface RankingRowProps {
  /** The row's offset in the table body, in pixels. */
  top: number;
  row: Row;
  /** 1-based position among all rows, header included, for `aria-rowindex`. */
  rowIndex: number;
  columns: readonly RankingColumn[];
  criteria: readonly RankingCriterion[];
  href: string;
  winner: boolean;
  text: RowText;
}

/** Placed by transform: moving a row never lays out another one. */
const placed = (top: number) => ({ top });

/** Memoised: while scrolling 40,000 rows only the rows entering the window render. */
export const RankingRow = memo(function RankingRow({
  top,
  row,
  rowIndex,
  columns,
  criteria,
  href,
  winner,
  text,
}: RankingRowProps) {
  return (
    <div
      role="row"
      className={winner ? 'ranking-row ranking-row--winner' : 'ranking-row'}
      style={placed(top)}
      aria-rowindex={rowIndex}
    >
      {columns.map((column) => rankingCell(column, row, criteria, href, text))}
    </div>
  );
});

interface WideRowProps {
  top: number;
  span: number;
  label: string;
}

export function LoadingRow({ top, rowIndex, span, label }: WideRowProps & { rowIndex: number }) {
  return (
    <div role="row" className="ranking-row ranking-row--loading" style={placed(top)} aria-rowindex={rowIndex}>
      <div role="cell" className="ranking-cell ranking-cell--wide" aria-colspan={span}>
        <span className="ranking-row__placeholder">{label}</span>
      </div>
    </div>
  );
}

/** The cut-line between the winners and the rest: a row of its own, across every column. */
export function DividerRow({ top, span, label }: WideRowProps) {
  return (
    <div role="row" className="ranking-row ranking-divider" style={placed(top)}>
      <div role="cell" className="ranking-cell ranking-cell--wide" aria-colspan={span}>
        <span className="ranking-divider__label">{label}</span>
      </div>
    </div>
  );
}
