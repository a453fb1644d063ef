import { useTranslation } from 'react-i18next';
import type { RankingRow } from '@/api/schemas/coordination';
import { formatMoney, formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

interface ProtocolTableProps {
  rows: readonly RankingRow[];
  /** Rows above the cut-line; null when none is drawn. */
  dividerAt: number | null;
  dividerLabel: string;
}

/** The printed ranking; `thead` repeats on every page of paper (see rankings.css). */
export function ProtocolTable({ rows, dividerAt, dividerLabel }: ProtocolTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <table className="protocol-table">
      <thead>
        <tr>
          <th scope="col">{t('rankings.columns.rank')}</th>
          <th scope="col">{t('rankings.columns.id')}</th>
          <th scope="col">
            {t('rankings.columns.title')} / {t('rankings.columns.organization')}
          </th>
          <th scope="col">{t('rankings.columns.region')}</th>
          <th scope="col" className="num">
            {t('rankings.columns.sheets')}
          </th>
          <th scope="col" className="num">
            {t('rankings.columns.score')}
          </th>
          <th scope="col" className="num">
            {t('rankings.columns.percent')}
          </th>
          <th scope="col" className="num">
            {t('rankings.columns.amount')}
          </th>
          <th scope="col">{t('rankings.columns.flags')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <ProtocolRow
            key={row.applicationId}
            row={row}
            divider={index === dividerAt ? dividerLabel : null}
            locale={locale}
          />
        ))}
      </tbody>
    </table>
  );
}

function ProtocolRow({
  row,
  divider,
  locale,
}: {
  row: RankingRow;
  divider: string | null;
  locale: ReturnType<typeof currentLocale>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {divider === null ? null : (
        <tr className="protocol-table__divider">
          <td colSpan={9}>{divider}</td>
        </tr>
      )}
      <tr>
        <td className="num">{row.score === null ? '—' : row.rank}</td>
        <td>{row.applicationId}</td>
        <td>
          <span className="protocol-table__title">{row.title}</span>
          <span className="protocol-table__org">{row.organizationName}</span>
        </td>
        <td>{row.regionName}</td>
        <td className="num">
          {t('rankings.table.sheets', { submitted: row.submittedCount, required: row.requiredCount })}
        </td>
        <td className="num">{row.score === null ? '—' : formatNumber(locale, row.score)}</td>
        <td className="num">{row.percent === null ? '—' : formatNumber(locale, row.percent, 1)}</td>
        <td className="num">{formatMoney(locale, row.requestedAmount)}</td>
        <td>{row.flags.map((f) => t(`rankings.flags.${f}`)).join(', ')}</td>
      </tr>
    </>
  );
}
