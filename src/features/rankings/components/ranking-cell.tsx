import type { ReactNode } from 'react';
import type { RankingCriterion, RankingRow } from '@/api/schemas/coordination';
import { formatMoney, formatNumber } from '@/i18n/format';
import type { RankingColumn } from '../columns';
import { FlagBadges } from './flag-badges';
import type { RowText } from './row-text';

const num = (text: RowText, value: number | null) =>
  value === null ? '—' : formatNumber(text.locale, value);

/**
 * One cell; scores of 0 print as "0" and missing ones as a dash, never blank. A plain function, not
 * a component: cells hold no state, and a fiber plus hooks per cell is what a scrolling frame of the
 * 40,000-row table cannot afford. The ID is a real link (keyboard, middle click, new tab); the row's
 * click handler turns a plain click on it into client-side navigation.
 */
export function rankingCell(
  column: RankingColumn,
  row: RankingRow,
  criteria: readonly RankingCriterion[],
  href: string,
  text: RowText,
): ReactNode {
  if (column.kind === 'criterion')
    return (
      <div role="cell" key={column.id} className="ranking-cell num">
        {num(text, row.criterionMeans[column.index] ?? null)}
      </div>
    );
  switch (column.id) {
    case 'rank':
      return (
        <div role="cell" key="rank" className="ranking-cell num ranking-table__rank">
          {row.score === null ? '—' : row.rank}
        </div>
      );
    case 'id':
      return (
        <div role="cell" key="id" className="ranking-cell">
          <a href={href} className="ranking-table__link" aria-label={text.openSheets(row.applicationId)}>
            {row.applicationId}
          </a>
        </div>
      );
    case 'title':
      return (
        <div role="cell" key="title" className="ranking-cell ranking-table__text" title={row.title}>
          {row.title}
        </div>
      );
    case 'organization':
      return (
        <div
          role="cell"
          key="organization"
          className="ranking-cell ranking-table__text"
          title={row.organizationName}
        >
          {row.organizationName}
        </div>
      );
    case 'region':
      return (
        <div role="cell" key="region" className="ranking-cell ranking-table__text">
          {row.regionName}
        </div>
      );
    case 'sheets':
      return (
        <div
          role="cell"
          key="sheets"
          className={
            row.submittedCount < row.requiredCount
              ? 'ranking-cell num ranking-table__short'
              : 'ranking-cell num'
          }
        >
          {text.sheets(row.submittedCount, row.requiredCount)}
        </div>
      );
    case 'score':
      return (
        <div role="cell" key="score" className="ranking-cell num ranking-table__score">
          {row.score === null ? text.noScore : formatNumber(text.locale, row.score)}
        </div>
      );
    case 'percent':
      return (
        <div role="cell" key="percent" className="ranking-cell num">
          {row.percent === null ? '—' : formatNumber(text.locale, row.percent, 1)}
        </div>
      );
    case 'spread':
      return (
        <div role="cell" key="spread" className="ranking-cell num">
          {num(text, row.spread)}
        </div>
      );
    case 'flags':
      return (
        <div role="cell" key="flags" className="ranking-cell ranking-table__text">
          <FlagBadges flags={row.flags} labelOf={text.flag} />
        </div>
      );
    case 'tieBreak':
      return (
        <div role="cell" key="tieBreak" className="ranking-cell ranking-table__text ranking-table__tie">
          {row.tieBreak === null ? null : text.tieBreak(row.tieBreak, criteria)}
        </div>
      );
    case 'amount':
      return (
        <div role="cell" key="amount" className="ranking-cell num">
          {formatMoney(text.locale, row.requestedAmount)}
        </div>
      );
  }
}
