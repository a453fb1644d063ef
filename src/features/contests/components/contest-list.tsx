import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { SkeletonCards } from '@/components/ui/skeleton';
import { formatDate } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { contestListQueryOptions } from '../queries';

const STATUS_TONE = { draft: 'neutral', active: 'success', finished: 'info' } as const;

interface ContestListProps {
  emptyTitle: string;
  emptyHint: string;
}

export function ContestList({ emptyTitle, emptyHint }: ContestListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = useQuery(contestListQueryOptions({ page: 1, pageSize: 50 }));

  if (query.isPending) return <SkeletonCards label={t('app.loading')} />;
  if (query.isError) throw query.error;
  if (query.data.items.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} />;

  return (
    <ul className="card-grid" aria-label={t('contest.count', { count: query.data.total })}>
      {query.data.items.map((contest) => (
        <li key={contest.id} className="card">
          <h3 className="card__title">{contest.title}</h3>
          <div className="card__meta">
            <Badge tone={STATUS_TONE[contest.status]}>{t(`contest.status.${contest.status}`)}</Badge>
            <span>{t(`contest.kind.${contest.kind}`)}</span>
            <span>{t('contest.updated', { date: formatDate(locale, contest.updatedAt) })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
