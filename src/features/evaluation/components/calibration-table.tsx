import { useTranslation } from 'react-i18next';
import type { Calibration } from '@/api/schemas/expert-cabinet';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

interface CalibrationTableProps {
  calibration: Calibration;
  /** Shares of sheets per band, in percent, as the chart draws them. */
  own: readonly number[];
  panel: readonly number[];
}

/** The chart's data for screen readers: every band with the share and the count of both series. */
export function CalibrationTable({ calibration, own, panel }: CalibrationTableProps) {
  const { t } = useTranslation();
  const pct = (value: number) => formatNumber(currentLocale(), value, 0);
  return (
    <table className="visually-hidden">
      <caption>{t('evaluation.calibration.chartLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('evaluation.calibration.binColumn')}</th>
          <th scope="col">{t('evaluation.calibration.own')}</th>
          <th scope="col">{t('evaluation.calibration.panel')}</th>
        </tr>
      </thead>
      <tbody>
        {own.map((share, i) => (
          <tr key={i}>
            <th scope="row">{t('evaluation.calibration.bin', { from: i * 10, to: (i + 1) * 10 })}</th>
            <td>
              {t('evaluation.calibration.share', {
                percent: pct(share),
                n: calibration.own.histogram[i] ?? 0,
              })}
            </td>
            <td>
              {t('evaluation.calibration.share', {
                percent: pct(panel[i] ?? 0),
                n: calibration.panel.histogram[i] ?? 0,
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
