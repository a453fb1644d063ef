import { useTranslation } from 'react-i18next';
import type { Calibration, ScoreDistribution } from '@/api/schemas/expert-cabinet';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { CalibrationTable } from './calibration-table';

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { top: 16, right: 12, bottom: 40, left: 58 };
const BINS = 10;

function shares(d: ScoreDistribution): number[] {
  return d.histogram.map((n) => (d.count === 0 ? 0 : (n / d.count) * 100));
}

/**
 * Self-calibration: the share of the expert's own sheets per 10 % band of the total, beside the rest
 * of the stage. Shares, not counts, so 8 own sheets compare with 300 of the panel. The panel bars are
 * hatched as well as grey, so the series differ without colour; the same data is in a table.
 */
export function CalibrationChart({ calibration }: { calibration: Calibration }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const own = shares(calibration.own);
  const panel = shares(calibration.panel);
  const top = Math.max(10, Math.ceil(Math.max(...own, ...panel) / 10) * 10);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / BINS;
  const barW = slot * 0.36;
  const y = (share: number) => PAD.top + plotH - (share / top) * plotH;
  const pct = (value: number) => formatNumber(locale, value, 0);
  const ticks = [0, top / 2, top];

  return (
    <figure className="calibration">
      <div className="calibration__legend" aria-hidden="true">
        <span className="calibration__key calibration__key--own" />
        {t('evaluation.calibration.ownCount', { n: calibration.own.count })}
        <span className="calibration__key calibration__key--panel" />
        {t('evaluation.calibration.panelCount', { n: calibration.panel.count })}
      </div>
      <svg
        className="calibration__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('evaluation.calibration.chartLabel')}
      >
        <defs>
          <pattern
            id="calibration-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="calibration__panel-fill" />
            <line x1="0" y1="0" x2="0" y2="6" className="calibration__hatch" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className="calibration__grid"
            />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="calibration__tick">
              {pct(tick)} %
            </text>
          </g>
        ))}
        {own.map((share, i) => {
          const x = PAD.left + i * slot + slot * 0.12;
          const other = panel[i] ?? 0;
          return (
            <g key={i}>
              <rect
                x={x}
                y={y(share)}
                width={barW}
                height={y(0) - y(share)}
                className="calibration__bar--own"
              />
              <rect
                x={x + barW + 2}
                y={y(other)}
                width={barW}
                height={y(0) - y(other)}
                fill="url(#calibration-hatch)"
                className="calibration__bar--panel"
              />
              <text
                x={PAD.left + i * slot + slot / 2}
                y={HEIGHT - PAD.bottom + 16}
                textAnchor="middle"
                className="calibration__tick"
              >
                {i * 10}–{(i + 1) * 10}
              </text>
            </g>
          );
        })}
        <text
          transform={`translate(14 ${PAD.top + plotH / 2}) rotate(-90)`}
          textAnchor="middle"
          className="calibration__axis"
        >
          {t('evaluation.calibration.yAxis')}
        </text>
        <text x={PAD.left + plotW / 2} y={HEIGHT - 6} textAnchor="middle" className="calibration__axis">
          {t('evaluation.calibration.xAxis')}
        </text>
      </svg>
      <CalibrationTable calibration={calibration} own={own} panel={panel} />
      <figcaption className="calibration__means">
        {calibration.own.mean === null || calibration.panel.mean === null
          ? t('evaluation.calibration.meanNone')
          : t('evaluation.calibration.mean', {
              own: formatNumber(locale, calibration.own.mean, 1),
              panel: formatNumber(locale, calibration.panel.mean, 1),
            })}
      </figcaption>
    </figure>
  );
}
