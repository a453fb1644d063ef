import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { stagesQueryOptions } from '../../shared/queries';
import { assignableStages, pickStage } from '../list-params';
import { AssignmentList } from './assignment-list';
import { CoveragePanel } from './coverage-panel';
import { DistributionPanel } from './distribution-panel';
import { RecusedList } from './recused-list';
import { StagePicker } from './stage-picker';
import '../assignments.css';

/** One stage's assignments: coverage first, then the automatic distribution, recusals and the full list. */
export function AssignmentsPage({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { data: stages } = useSuspenseQuery(stagesQueryOptions(contestId));
  const stage = pickStage(stages.items, searchParams.get('stage'));
  // What the last action achieved, announced politely for screen readers and shown above the sections.
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="asg" aria-labelledby="assignments-title">
      <h2 className="asg__title" id="assignments-title">
        {t('organizer.assignments.title')}
      </h2>
      <p className="asg__intro">{t('organizer.assignments.intro')}</p>
      {stage === undefined ? (
        <EmptyState
          title={t('organizer.assignments.noStages')}
          hint={t('organizer.assignments.noStagesHint')}
          action={
            <Link className="btn btn--secondary" to={paths.organizerStages.href(contestId)}>
              {t('organizer.assignments.toStages')}
            </Link>
          }
        />
      ) : (
        <>
          <StagePicker stages={assignableStages(stages.items)} stageId={stage.id} />
          {stage.status === 'closed' ? (
            <Alert tone="warning">{t('organizer.assignments.stageClosed')}</Alert>
          ) : null}
          <div className="asg__notice" role="status">
            {notice === null ? null : (
              <Alert tone="success" live="off">
                {notice}
              </Alert>
            )}
          </div>
          <CoveragePanel contestId={contestId} stageId={stage.id} />
          {stage.status === 'closed' ? null : (
            <DistributionPanel key={stage.id} contestId={contestId} stageId={stage.id} onNotice={setNotice} />
          )}
          <RecusedList contestId={contestId} stage={stage} onNotice={setNotice} />
          <AssignmentList contestId={contestId} stage={stage} onNotice={setNotice} />
        </>
      )}
    </section>
  );
}
