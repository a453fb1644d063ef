import { useTranslation } from 'react-i18next';
import { useNow } from '@/components/ui/use-now';
import { timeLeft } from '@/domain/deadlines';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

const TWO_DAYS = 2 * 24 * 3_600_000;

/** «осталось 2 дня 4 часа», or plainly «Срок истёк …»; rounded down, never promising more time. */
export function DeadlineLeft({ dueAt }: { dueAt: string | null }) {
  const { t } = useTranslation();
  const now = useNow();
  if (dueAt === null) return <span className="eval-deadline">{t('evaluation.deadline.none')}</span>;
  const left = timeLeft(dueAt, now);
  if (left.overdue) {
    return (
      <span className="eval-deadline eval-deadline--overdue">
        <span aria-hidden="true">⚠ </span>
        {t('evaluation.deadline.overdue', { date: formatDateTime(currentLocale(), dueAt) })}
      </span>
    );
  }
  const parts: string[] = [];
  if (left.days > 0) {
    parts.push(t('time.daysLeft', { count: left.days }));
    if (left.hours > 0) parts.push(t('time.hoursLeft', { count: left.hours }));
  } else if (left.hours > 0) {
    parts.push(t('time.hoursLeft', { count: left.hours }));
    if (left.minutes > 0) parts.push(t('evaluation.deadline.minutes', { count: left.minutes }));
  } else if (left.minutes > 0) {
    parts.push(t('evaluation.deadline.minutes', { count: left.minutes }));
  } else {
    parts.push(t('evaluation.deadline.lessThanMinute'));
  }
  const soon = left.totalMs < TWO_DAYS;
  return (
    <span
      className={soon ? 'eval-deadline eval-deadline--soon' : 'eval-deadline'}
      title={formatDateTime(currentLocale(), dueAt)}
    >
      {t('evaluation.deadline.left', { time: parts.join(' ') })}
    </span>
  );
}
