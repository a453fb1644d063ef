import { useTranslation } from 'react-i18next';
import type { MyStage, StageCounts } from '@/api/schemas/expert-cabinet';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatPercent } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { activeCount } from '../next-action';
import { QUEUE_STATUSES } from '../queue-params';
import { DeadlineText } from './deadline-text';
import { StatusBadge } from './status-badge';

function sumCounts(stages: readonly MyStage[]): StageCounts {
  const sum: StageCounts = { assigned: 0, new: 0, draft: 0, submitted: 0, returned: 0, recused: 0 };
  for (const { counts } of stages) {
    for (const key of Object.keys(sum) as (keyof StageCounts)[]) sum[key] += counts[key];
  }
  return sum;
}

/** How far the expert is in the selected stage, or in all of them. */
export function QueueProgress({
  stages,
  stageId,
}: {
  stages: readonly MyStage[];
  stageId?: string | undefined;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const selected = stages.find((s) => s.stage.id === stageId);
  const counts = selected === undefined ? sumCounts(stages) : selected.counts;
  const active = activeCount(counts);
  const done = counts.submitted;
  const progress = t('cabinet.expert.progress', { done, total: active });

  return (
    <section className="queue-progress" aria-label={t('queue.progress.label')}>
      <div className="queue-progress__head">
        <div>
          <p className="queue-progress__contest">
            {selected === undefined ? t('queue.progress.allStages') : selected.contest.title}
          </p>
          {selected === undefined ? null : <p className="queue-progress__stage">{selected.stage.title}</p>}
        </div>
        {selected === undefined ? null : <DeadlineText dueAt={selected.dueAt} />}
      </div>
      <ProgressBar value={done} max={active} label={progress} />
      <div className="queue-progress__numbers">
        <strong>{progress}</strong>
        <span>
          {t('queue.progress.percent', { percent: formatPercent(locale, active > 0 ? done / active : 0) })}
        </span>
        <ul className="queue-progress__statuses" aria-label={t('queue.progress.byStatus')}>
          {QUEUE_STATUSES.filter((status) => counts[status] > 0).map((status) => (
            <li key={status}>
              <StatusBadge status={status} />
              <span className="queue-progress__count">{counts[status]}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
