import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { SkeletonCards } from '@/components/ui/skeleton';
import { myStagesQueryOptions } from '../queries';
import { StageCard } from './stage-card';

/** The expert's stages with progress and deadlines: the first thing they see in the cabinet. */
export function MyStages() {
  const { t } = useTranslation();
  const query = useQuery(myStagesQueryOptions());

  if (query.isPending) return <SkeletonCards label={t('app.loading')} />;
  if (query.isError) throw query.error;
  if (query.data.items.length === 0) {
    return <EmptyState title={t('cabinet.expert.empty')} hint={t('cabinet.expert.emptyHint')} />;
  }

  return (
    <ul className="card-grid">
      {query.data.items.map((item) => (
        <StageCard key={item.stage.id} item={item} />
      ))}
    </ul>
  );
}
