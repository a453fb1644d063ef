import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { SkeletonCards } from '@/components/ui/skeleton';
import { stageDirectoryQueryOptions } from '../queries';
import { StageSummaryCard } from './stage-summary-card';

const STATUS_TONE = { draft: 'neutral', active: 'success', finished: 'info' } as const;

interface CoordinatorContestsProps {
  emptyTitle: string;
  emptyHint: string;
}

/** Contests, each with its stages in order, so every stage's oversight is one click away. */
export function CoordinatorContests({ emptyTitle, emptyHint }: CoordinatorContestsProps) {
  const { t } = useTranslation();
  const query = useQuery(stageDirectoryQueryOptions());
  if (query.isPending) return <SkeletonCards label={t('app.loading')} />;
  if (query.isError) throw query.error;
  if (query.data.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} />;
  return (
    <>
      {query.data.map(({ contest, stages }) => (
        <section
          key={contest.id}
          className="section contest-stages"
          aria-labelledby={`contest-${contest.id}`}
        >
          <div className="contest-stages__head">
            <h2 className="section__title" id={`contest-${contest.id}`}>
              {contest.title}
            </h2>
            <Badge tone={STATUS_TONE[contest.status]}>{t(`contest.status.${contest.status}`)}</Badge>
            <span className="oversight-muted">{t(`contest.kind.${contest.kind}`)}</span>
          </div>
          {stages.length === 0 ? (
            <p className="oversight-muted">{t('oversight.home.noStages')}</p>
          ) : (
            <ul className="card-grid" aria-label={t('oversight.home.stagesOf', { contest: contest.title })}>
              {[...stages]
                .sort((a, b) => a.order - b.order)
                .map((stage) => (
                  <StageSummaryCard key={stage.id} stage={stage} />
                ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
