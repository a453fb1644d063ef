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
      <td key={column.id} className="num">
        {num(text, row.criterionMeans[column.index] ?? null)}
      </td>
    );
  switch (column.id) {
    case 'rank':
      return (
        <td key="rank" className="num ranking-table__rank">
          {row.score === null ? '—' : row.rank}
        </td>
      );
    case 'id':
      return (
        <td key="id">
          <a href={href} className="ranking-table__link" aria-label={text.openSheets(row.applicationId)}>
            {row.applicationId}
          </a>
        </td>
      );
    case 'title':
      return (
        <td key="title" className="ranking-table__text" title={row.title}>
          {row.title}
        </td>
      );
    case 'organization':
      return (
        <td key="organization" className="ranking-table__text" title={row.organizationName}>
          {row.organizationName}
        </td>
      );
    case 'region':
      return (
        <td key="region" className="ranking-table__text">
          {row.regionName}
        </td>
      );
    case 'sheets':
      return (
        <td
          key="sheets"
          className={row.submittedCount < row.requiredCount ? 'num ranking-table__short' : 'num'}
        >
          {text.sheets(row.submittedCount, row.requiredCount)}
        </td>
      );
    case 'score':
      return (
        <td key="score" className="num ranking-table__score">
          {row.score === null ? text.noScore : formatNumber(text.locale, row.score)}
        </td>
      );
    case 'percent':
      return (
        <td key="percent" className="num">
          {row.percent === null ? '—' : formatNumber(text.locale, row.percent, 1)}
        </td>
      );
    case 'spread':
      return (
        <td key="spread" className="num">
          {num(text, row.spread)}
        </td>
      );
    case 'flags':
      return (
        <td key="flags" className="ranking-table__text">
          <FlagBadges flags={row.flags} labelOf={text.flag} />
        </td>
      );
    case 'tieBreak':
      return (
        <td key="tieBreak" className="ranking-table__text ranking-table__tie">
          {row.tieBreak === null ? null : text.tieBreak(row.tieBreak, criteria)}
        </td>
      );
    case 'amount':
      return (
        <td key="amount" className="num">
          {formatMoney(text.locale, row.requestedAmount)}
        </td>
      );
  }
}
