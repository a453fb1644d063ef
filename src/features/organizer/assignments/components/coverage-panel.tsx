import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { formatNumber, formatPercent } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { coverageQueryOptions } from '../queries';
import { CoverageTable } from './coverage-table';

type Segment = 'full' | 'partial' | 'none';

/** The stage's coverage in one line of numbers and a bar; the per-nomination table below it. */
export function CoveragePanel({ contestId, stageId }: { contestId: string; stageId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data: coverage } = useSuspenseQuery(coverageQueryOptions(contestId, stageId));
  const total = coverage.applications;
  const segments: { key: Segment; value: number }[] = [
    { key: 'full', value: coverage.fullyCovered },
    { key: 'partial', value: coverage.partiallyCovered },
    { key: 'none', value: coverage.uncovered },
  ];
  const share = (value: number) => (total > 0 ? value / total : 0);

  return (
    <section className="asg-section" aria-labelledby="coverage-title">
      <h3 className="asg-section__title" id="coverage-title">
        {t('organizer.assignments.coverage.title')}
      </h3>
      {total === 0 ? (
        <EmptyState
          title={t('organizer.assignments.coverage.empty')}
          hint={t('organizer.assignments.coverage.emptyHint')}
        />
      ) : (
        <>
          <p className="asg-coverage__summary">
            {t('organizer.assignments.coverage.summary', {
              count: total,
              required: coverage.expertsPerApplication,
            })}
          </p>
          {/* The bar is a picture of the numbers listed right after it, so screen readers skip it. */}
          <div className="asg-bar" aria-hidden="true">
            {segments.map((s) =>
              s.value > 0 ? (
                <span
                  key={s.key}
                  className={`asg-bar__part asg-bar__part--${s.key}`}
                  style={{ flexGrow: s.value }}
                />
              ) : null,
            )}
          </div>
          <dl className="asg-legend">
            {segments.map((s) => (
              <div key={s.key} className="asg-legend__item">
                <dt>
                  <span className={`asg-legend__swatch asg-bar__part--${s.key}`} aria-hidden="true" />
                  {t(`organizer.assignments.coverage.${s.key}`)}
                </dt>
                <dd>
                  {t('organizer.assignments.coverage.legendValue', {
                    value: formatNumber(locale, s.value),
                    percent: formatPercent(locale, share(s.value)),
                  })}
                </dd>
              </div>
            ))}
            <div className="asg-legend__item">
              <dt>{t('organizer.assignments.coverage.pending')}</dt>
              <dd>{formatNumber(locale, coverage.recusedPending)}</dd>
            </div>
          </dl>
          <CoverageTable contestId={contestId} coverage={coverage} />
        </>
      )}
    </section>
  );
}
