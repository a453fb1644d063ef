import { useTranslation } from 'react-i18next';
import type { Criterion } from '@/api/schemas/criteria';
import type { PanelView } from '@/api/schemas/expert-cabinet';
import { roundForDisplay } from '@/domain/totals';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

interface PanelSheetsProps {
  panel: PanelView;
  criteria: readonly Criterion[];
  ownScores: Readonly<Record<string, number | null>>;
  ownTotal: number | null;
}

/** The other panel members' scores, anonymised (Эксперт A, B…), shown only after the expert's own submission. */
export function PanelSheets({ panel, criteria, ownScores, ownTotal }: PanelSheetsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const show = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatNumber(locale, roundForDisplay(value));
  if (panel.sheets.length === 0) return <p className="panel-sheets__empty">{t('evaluation.panel.empty')}</p>;
  return (
    <div className="panel-sheets">
      <table className="panel-sheets__table">
        <thead>
          <tr>
            <th scope="col">{t('evaluation.panel.criterion')}</th>
            <th scope="col" className="num">
              {t('evaluation.panel.you')}
            </th>
            {panel.sheets.map((sheet) => (
              <th key={sheet.label} scope="col" className="num">
                {sheet.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={c.id}>
              <th scope="row">
                {i + 1}. {c.title}
              </th>
              <td className="num">{show(ownScores[c.id])}</td>
              {panel.sheets.map((sheet) => (
                <td key={sheet.label} className="num">
                  {show(sheet.scores[c.id])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('evaluation.panel.total')}</th>
            <td className="num">{show(ownTotal)}</td>
            {panel.sheets.map((sheet) => (
              <td key={sheet.label} className="num">
                {show(sheet.total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
