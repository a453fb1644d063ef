import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Stage } from '@/api/schemas/contests';
import { Badge } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { parseProgressSearch } from '../progress-params';
import { progressQueryOptions } from '../queries';

/** The default view's first page: the same cache entry the stage's progress page opens with. */
const DEFAULT_VIEW = parseProgressSearch(new URLSearchParams());
const STATUS_TONE = { planned: 'neutral', active: 'success', closed: 'info' } as const;

/** A stage with its totals and the ways into its oversight sections. */
export function StageSummaryCard({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const watched = stage.status !== 'planned';
  const progress = useQuery({ ...progressQueryOptions(stage.id, DEFAULT_VIEW), enabled: watched });
  const totals = progress.data?.totals;
  const titleId = `stage-${stage.id}`;
  return (
    <li className="card stage-summary">
      <h3 className="card__title" id={titleId}>
        <Link to={paths.coordinatorStage.href(stage.id)}>{stage.title}</Link>
      </h3>
      <div className="card__meta">
        <Badge tone={STATUS_TONE[stage.status]}>{t(`oversight.stageStatus.${stage.status}`)}</Badge>
        <span>{t(`contest.stageKind.${stage.kind}`)}</span>
      </div>
      <p className="stage-summary__deadline">
        {stage.deadline === null
          ? t('oversight.home.noDeadline')
          : t('oversight.home.deadline', { date: formatDateTime(locale, stage.deadline) })}
      </p>
      {!watched ? null : totals === undefined ? (
        <p className="oversight-muted">{t('oversight.home.loadingProgress')}</p>
      ) : totals.assigned === 0 ? (
        <p className="oversight-muted">{t('oversight.home.noAssignments')}</p>
      ) : (
        <div className="stage-summary__progress">
          <p className="stage-summary__numbers">
            {t('oversight.home.progress', { submitted: totals.submitted, assigned: totals.assigned })}
            {totals.overdue > 0 ? (
              <strong className="stage-summary__overdue">
                {' '}
                · {t('oversight.home.overdue', { count: totals.overdue })}
              </strong>
            ) : null}
          </p>
          <ProgressBar
            value={totals.submitted}
            max={totals.assigned}
            label={t('oversight.home.progressLabel', { stage: stage.title })}
          />
        </div>
      )}
      {watched ? (
        <nav className="stage-summary__links" aria-label={t('oversight.home.links', { stage: stage.title })}>
          <Link to={paths.coordinatorStage.href(stage.id)}>{t('oversight.layout.tabs.progress')}</Link>
          <Link to={paths.divergences.href(stage.id)}>{t('oversight.layout.tabs.divergences')}</Link>
          <Link to={paths.quality.href(stage.id)}>{t('oversight.layout.tabs.quality')}</Link>
        </nav>
      ) : null}
    </li>
  );
}
