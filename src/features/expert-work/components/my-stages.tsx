import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { ProgressBar } from '@/components/ui/progress-bar';
import { SkeletonCards } from '@/components/ui/skeleton';
import { useNow } from '@/components/ui/use-now';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { myStagesQueryOptions } from '../queries';

/** The expert's stages with progress and deadlines: the first thing they see in the cabinet. */
export function MyStages() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = useQuery(myStagesQueryOptions());
  const now = useNow();

  if (query.isPending) return <SkeletonCards label={t('app.loading')} />;
  if (query.isError) throw query.error;
  if (query.data.items.length === 0) {
    return <EmptyState title={t('cabinet.expert.empty')} hint={t('cabinet.expert.emptyHint')} />;
  }

  return (
    <ul className="card-grid">
      {query.data.items.map(({ contest, stage, dueAt, counts }) => {
        const active = counts.assigned - counts.recused;
        const done = counts.submitted;
        const left = Math.max(0, active - done);
        const overdue = dueAt !== null && new Date(dueAt).getTime() < now;
        return (
          <li key={stage.id} className="card">
            <p className="card__meta">{contest.title}</p>
            <h3 className="card__title">{stage.title}</h3>
            <ProgressBar
              value={done}
              max={active}
              label={t('cabinet.expert.progress', { done, total: active })}
            />
            <div className="card__meta card__meta--spaced">
              <span>{t('cabinet.expert.progress', { done, total: active })}</span>
              {left > 0 ? <Badge tone="info">{t('counts.leftToScore', { count: left })}</Badge> : null}
              {dueAt === null ? (
                <span>{t('cabinet.expert.noDeadline')}</span>
              ) : overdue ? (
                <Badge tone="danger">
                  {t('cabinet.expert.overdue', { date: formatDateTime(locale, dueAt) })}
                </Badge>
              ) : (
                <span>{t('cabinet.expert.deadline', { date: formatDateTime(locale, dueAt) })}</span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
