import { useTranslation } from 'react-i18next';
import type { SideBySide } from '@/api/schemas/coordination';
import type { DivergenceSettings } from '@/api/schemas/contests';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { spreadOf, submittedOnly } from '../compare';
import { PendingColumnHead } from './pending-column-head';
import { ScoreCell } from './score-cell';
import { SheetColumnHead } from './sheet-column-head';

interface SheetCompareTableProps {
  stageId: string;
  applicationId: string;
  data: SideBySide;
  /** Experts assigned who have not started a sheet yet. */
  pendingExpertIds: string[];
  settings: DivergenceSettings;
  onReturn: (sheetId: string, expertName: string) => void;
}

/** Criteria as rows, one column per sheet: where experts disagree, and in their own words why. */
export function SheetCompareTable(props: SheetCompareTableProps) {
  const { stageId, applicationId, data, pendingExpertIds, settings, onReturn } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const counted = submittedOnly(data.sheets);
  const maxTotal = data.sheets[0]?.sheet.maxTotal ?? 0;
  const totalSpread = spreadOf(counted.map((s) => s.sheet.total));
  const totalThreshold = (settings.totalSpreadPercent / 100) * maxTotal;
  const fmt = (value: number) => formatNumber(locale, value, 1);
  const limit = settings.criterionSpreadPoints;
  return (
    // A wide table scrolls sideways; the region takes focus so keyboard users can scroll it (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="compare-wrap" tabIndex={0} role="region" aria-labelledby="compare-caption">
      <table className="compare">
        <caption id="compare-caption" className="data-table__caption">
          {t('oversight.sheets.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="compare__criterion">
              {t('oversight.sheets.criterion')}
            </th>
            {data.sheets.map((s) => (
              <SheetColumnHead
                key={s.sheet.id}
                item={s}
                historyHref={{ stageId, applicationId }}
                onReturn={() => onReturn(s.sheet.id, s.expert.fullName)}
              />
            ))}
            {pendingExpertIds.map((id) => (
              <PendingColumnHead key={id} expertId={id} />
            ))}
            <th scope="col" className="compare__spread">
              {t('oversight.sheets.spread')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.criteria.map((criterion) => {
            const spread = spreadOf(counted.map((s) => s.sheet.scores[criterion.id]));
            const over = spread !== null && limit !== null && spread.spread > limit;
            return (
              <tr key={criterion.id} className={over ? 'compare__row compare__row--over' : 'compare__row'}>
                <th scope="row" className="compare__criterion">
                  <span className="compare__title">{criterion.title}</span>
                  <span className="oversight-muted compare__scale">
                    {criterion.scaleMin}–{criterion.scaleMax} ·{' '}
                    {t('oversight.sheets.weight', { weight: fmt(criterion.weight) })}
                  </span>
                </th>
                {data.sheets.map((s) => (
                  <ScoreCell
                    key={s.sheet.id}
                    score={s.sheet.scores[criterion.id] ?? null}
                    max={criterion.scaleMax}
                    comment={s.sheet.comments[criterion.id] ?? ''}
                    mark={
                      over && s.sheet.status === 'submitted'
                        ? s.sheet.scores[criterion.id] === spread.max
                          ? 'highest'
                          : s.sheet.scores[criterion.id] === spread.min
                            ? 'lowest'
                            : null
                        : null
                    }
                  />
                ))}
                {pendingExpertIds.map((id) => (
                  <td key={id} className="compare__pending">
                    —
                  </td>
                ))}
                <td className="compare__spread">
                  {spread === null ? '—' : fmt(spread.spread)}
                  {over && limit !== null ? (
                    <span className="compare__over">
                      {t('oversight.sheets.spreadOver', { threshold: fmt(limit) })}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="compare__criterion">
              {t('oversight.sheets.total')}
            </th>
            {data.sheets.map((s) => (
              <td key={s.sheet.id} className="compare__total">
                {s.sheet.total === null ? '—' : fmt(s.sheet.total)}{' '}
                <span className="oversight-muted">
                  {t('oversight.sheets.maxScore', { max: fmt(s.sheet.maxTotal) })}
                </span>
              </td>
            ))}
            {pendingExpertIds.map((id) => (
              <td key={id} className="compare__pending">
                —
              </td>
            ))}
            <td className="compare__spread">
              {totalSpread === null ? '—' : fmt(totalSpread.spread)}
              {totalSpread !== null && totalSpread.spread > totalThreshold ? (
                <span className="compare__over">
                  {t('oversight.sheets.spreadOver', { threshold: fmt(totalThreshold) })}
                </span>
              ) : null}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
