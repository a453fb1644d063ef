import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { stageLoadsQueryOptions } from '../queries';

/** Per-stage work takes a request per stage, so it loads after the profile instead of holding it up. */
export function StageLoads({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, isPending, isError } = useQuery(stageLoadsQueryOptions(expertId));

  if (isPending) return <Skeleton lines={2} label={t('organizer.roster.profile.stageLoadsLoading')} />;
  if (isError) return <p className="roster-muted">{t('organizer.roster.profile.stageLoadsFailed')}</p>;
  if (data.length === 0)
    return <p className="roster-muted">{t('organizer.roster.profile.stageLoadsEmpty')}</p>;
  return (
    <table className="data-table data-table--rows data-table--inset roster-table roster-table--compact">
      <caption className="data-table__caption">{t('organizer.roster.profile.stageLoads')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('organizer.roster.profile.stage')}</th>
          <th scope="col" className="data-table__num">
            {t('organizer.roster.profile.assigned')}
          </th>
          <th scope="col" className="data-table__num">
            {t('organizer.roster.profile.submitted')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map(({ contest, stage, assigned, submitted }) => (
          <tr key={stage.id}>
            <th scope="row">
              {stage.title}
              <span className="roster-table__email">
                {contest.title} · {t(`organizer.roster.profile.stageStatuses.${stage.status}`)}
              </span>
            </th>
            <td className="data-table__num">{formatNumber(locale, assigned)}</td>
            <td className="data-table__num">{formatNumber(locale, submitted)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
