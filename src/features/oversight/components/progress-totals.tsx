import { useTranslation } from 'react-i18next';
import type { ProgressCounts } from '@/api/schemas/coordination';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatNumber, formatPercent } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

const SHOWN = ['assigned', 'drafts', 'submitted', 'returned', 'recused', 'overdue'] as const;

/** The stage at a glance: how much is submitted, and every count the table breaks down. */
export function ProgressTotals({ totals }: { totals: ProgressCounts }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const share = totals.assigned > 0 ? totals.submitted / totals.assigned : 0;
  return (
    <section className="oversight-panel progress-totals" aria-labelledby="progress-totals-title">
      <div className="progress-totals__head">
        <h2 className="progress-totals__title" id="progress-totals-title">
          {t('oversight.progress.totals')}
        </h2>
        <p className="progress-totals__percent">
          {t('oversight.progress.percent', { percent: formatPercent(locale, share) })}
        </p>
      </div>
      <ProgressBar value={totals.submitted} max={totals.assigned} label={t('oversight.progress.totalsBar')} />
      <dl className="progress-totals__counts">
        {SHOWN.map((key) => (
          <div
            key={key}
            className={
              key === 'overdue' && totals.overdue > 0
                ? 'progress-totals__count progress-totals__count--alert'
                : 'progress-totals__count'
            }
          >
            <dt>{t(`oversight.progress.columns.${key}`)}</dt>
            <dd>{formatNumber(locale, totals[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
