import { useTranslation } from 'react-i18next';
import { useNow } from '@/components/ui/use-now';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { timeLeft } from '../stage-context';

/** The stage deadline with the time left in words; a passed deadline says so in words, not only in red. */
export function StageDeadline({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const left = timeLeft(deadline, useNow());
  if (deadline === null) return <p className="area-head__deadline">{t('oversight.layout.noDeadline')}</p>;
  const date = formatDateTime(currentLocale(), deadline);
  let rest: string;
  switch (left.kind) {
    case 'days':
      rest = t('oversight.layout.left', { time: t('time.daysLeft', { count: left.count }) });
      break;
    case 'hours':
      rest = t('oversight.layout.left', { time: t('time.hoursLeft', { count: left.count }) });
      break;
    default:
      rest = t('oversight.layout.overdue');
  }
  return (
    <p
      className={
        left.kind === 'overdue' ? 'area-head__deadline area-head__deadline--over' : 'area-head__deadline'
      }
    >
      <span>{t('oversight.layout.deadline', { date })}</span> · <strong>{rest}</strong>
    </p>
  );
}
