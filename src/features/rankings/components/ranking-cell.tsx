import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RankingCriterion, RankingRow } from '@/api/schemas/coordination';
import { formatMoney, formatNumber } from '@/i18n/format';
import type { Locale } from '@/i18n/messages';
import type { RankingColumn } from '../columns';
import { FlagBadges } from './flag-badges';
import { TieBreakText } from './tie-break-text';

interface RankingCellProps {
  column: RankingColumn;
  row: RankingRow;
  criteria: readonly RankingCriterion[];
  href: string;
  locale: Locale;
}

const num = (locale: Locale, value: number | null) => (value === null ? '—' : formatNumber(locale, value));

/** One cell's content; scores of 0 print as "0" and missing ones as a dash, never blank. */
export function RankingCell({ column, row, criteria, href, locale }: RankingCellProps) {
  const { t } = useTranslation();
  if (column.kind === 'criterion')
    return <td className="num">{num(locale, row.criterionMeans[column.index] ?? null)}</td>;
  switch (column.id) {
    case 'rank':
      return <td className="num ranking-table__rank">{row.score === null ? '—' : row.rank}</td>;
    case 'id':
      return (
        <td>
          <Link
            to={href}
            className="ranking-table__link"
            aria-label={t('rankings.table.openSheets', { id: row.applicationId })}
          >
            {row.applicationId}
          </Link>
        </td>
      );
    case 'title':
      return (
        <td className="ranking-table__text" title={row.title}>
          {row.title}
        </td>
      );
    case 'organization':
      return (
        <td className="ranking-table__text" title={row.organizationName}>
          {row.organizationName}
        </td>
      );
    case 'region':
      return <td className="ranking-table__text">{row.regionName}</td>;
    case 'sheets':
      return (
        <td className={row.submittedCount < row.requiredCount ? 'num ranking-table__short' : 'num'}>
          {t('rankings.table.sheets', { submitted: row.submittedCount, required: row.requiredCount })}
        </td>
      );
    case 'score':
      return (
        <td className="num ranking-table__score">
          {row.score === null ? t('rankings.table.noScore') : formatNumber(locale, row.score)}
        </td>
      );
    case 'percent':
      return <td className="num">{row.percent === null ? '—' : formatNumber(locale, row.percent, 1)}</td>;
    case 'spread':
      return <td className="num">{num(locale, row.spread)}</td>;
    case 'flags':
      return (
        <td className="ranking-table__text">
          <FlagBadges flags={row.flags} />
        </td>
      );
    case 'tieBreak':
      return (
        <td className="ranking-table__text ranking-table__tie">
          <TieBreakText tieBreak={row.tieBreak} criteria={criteria} />
        </td>
      );
    case 'amount':
      return <td className="num">{formatMoney(locale, row.requestedAmount)}</td>;
  }
}
