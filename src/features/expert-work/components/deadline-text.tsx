import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNow } from '@/components/ui/use-now';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { timeLeft, type TimeLeft } from '../time-left';

function timeLeftText(t: TFunction, left: TimeLeft): string {
  switch (left.kind) {
    case 'days':
      return t('queue.deadline.daysLeft', { count: left.count });
    case 'hours':
      return t('queue.deadline.hoursLeft', { count: left.count });
    case 'underHour':
      return t('queue.deadline.underHour');
    default:
      return '';
  }
}

/** The deadline with the time left in words; a passed deadline is said plainly, in red, with its date. */
export function DeadlineText({ dueAt }: { dueAt: string | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const left = timeLeft(dueAt, useNow());

  if (dueAt === null) return <p className="deadline">{t('cabinet.expert.noDeadline')}</p>;
  const date = formatDateTime(locale, dueAt);
  if (left.kind === 'overdue') {
    return (
      <p className="deadline deadline--overdue">
        <span aria-hidden="true" className="deadline__icon">
          !
        </span>
        {t('cabinet.expert.overdue', { date })}
      </p>
    );
  }
  const soon = left.kind !== 'none' && left.soon;
  return (
    <p className={soon ? 'deadline deadline--soon' : 'deadline'}>
      <span>{t('cabinet.expert.deadline', { date })}</span>
      <strong className="deadline__left">{timeLeftText(t, left)}</strong>
    </p>
  );
}
