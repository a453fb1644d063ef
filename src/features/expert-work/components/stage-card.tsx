import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyStage } from '@/api/schemas/expert-cabinet';
import { Badge } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { paths } from '@/config/paths';
import { activeCount } from '../next-action';
import { queueSearchOf } from '../queue-params';
import { DeadlineText } from './deadline-text';
import { StageNextAction } from './stage-next-action';

/** One stage of the expert's work: progress, time left and what to do next. */
export function StageCard({ item }: { item: MyStage }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { contest, stage, dueAt, counts } = item;
  const active = activeCount(counts);
  const done = counts.submitted;
  const left = active - done;
  const progress = t('cabinet.expert.progress', { done, total: active });

  return (
    <li className="card stage-card">
      <p className="card__meta">{contest.title}</p>
      <h3 className="card__title" id={titleId}>
        {stage.title}
      </h3>
      <ProgressBar value={done} max={active} label={progress} />
      <div className="card__meta card__meta--spaced">
        <span>{progress}</span>
        {left > 0 ? <Badge tone="info">{t('counts.leftToScore', { count: left })}</Badge> : null}
      </div>
      <DeadlineText dueAt={dueAt} />
      <div className="stage-card__actions">
        <StageNextAction item={item} describedBy={titleId} />
        {left > 0 ? (
          <Link
            className="stage-card__all"
            to={paths.expertQueue.href(queueSearchOf({ stageId: stage.id }))}
            aria-describedby={titleId}
          >
            {t('queue.home.allOfStage')}
          </Link>
        ) : null}
      </div>
    </li>
  );
}
