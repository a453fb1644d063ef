import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stageWithContestQueryOptions } from '@/api/structure-queries';
import { Badge } from '@/components/ui/badge';
import { paths } from '@/config/paths';
import { StageDeadline } from './stage-deadline';
import { StageTabs } from './stage-tabs';

const STATUS_TONE = { planned: 'neutral', active: 'success', closed: 'info' } as const;

/** The contest and stage being watched, its deadline, and the stage's sections. */
export function StageHeader({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const {
    data: { contest, stage },
  } = useSuspenseQuery(stageWithContestQueryOptions(stageId));
  return (
    <header className="area-head">
      <Link className="area-head__back" to={paths.coordinator.href()}>
        <span aria-hidden="true">←</span> {t('oversight.layout.back')}
      </Link>
      <p className="area-head__contest">{contest.title}</p>
      <div className="area-head__row">
        <h1 className="area-head__title">{stage.title}</h1>
        <Badge tone={STATUS_TONE[stage.status]}>{t(`oversight.stageStatus.${stage.status}`)}</Badge>
      </div>
      <StageDeadline deadline={stage.deadline} />
      <StageTabs stageId={stageId} contestId={contest.id} />
    </header>
  );
}
