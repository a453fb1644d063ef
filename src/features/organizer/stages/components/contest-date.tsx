import { useTranslation } from 'react-i18next';
import { currentLocale } from '@/i18n/i18n';
import { formatContestDateTime } from '../dates';

/** A contest-calendar instant with its zone, machine-readable for assistive tech and tests. */
export function ContestDate({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const date = formatContestDateTime(currentLocale(), iso);
  return (
    <time dateTime={iso}>
      {t('organizer.stages.details.dateAt', { date, zone: t('organizer.stages.zoneAbbr') })}
    </time>
  );
}
