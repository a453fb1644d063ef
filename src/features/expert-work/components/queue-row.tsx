import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyboardEvent, Ref } from 'react';
import type { QueueItem } from '@/api/schemas/expert-cabinet';
import { formatDateTimeShort, formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { StatusBadge } from './status-badge';

interface RowLinkProps {
  ref: Ref<HTMLAnchorElement>;
  tabIndex: number;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}

interface QueueRowProps {
  item: QueueItem;
  href: string;
  link: RowLinkProps;
}

/** One application of the queue. Applicant text is rendered as text only: it is untrusted input. */
export function QueueRow({ item, href, link }: QueueRowProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { assignment, application, total, maxTotal } = item;
  const title = application.title.trim() === '' ? t('queue.table.untitled') : application.title;

  return (
    <tr className="queue-row">
      <td className="queue-row__id">{application.id}</td>
      <td className="queue-row__application">
        <Link
          {...link}
          to={href}
          className="queue-row__link"
          // The clamped texts are shown whole on hover.
          title={`${title}\n${application.organizationName}`}
        >
          {title}
        </Link>
        <span className="queue-row__org">{application.organizationName}</span>
        <span className="queue-row__region">{application.regionName}</span>
      </td>
      <td className="queue-row__nomination">{application.nominationTitle}</td>
      <td>
        <StatusBadge status={assignment.status} />
      </td>
      <td className="queue-row__total">
        {total === null ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('queue.table.noTotal')}</span>
          </>
        ) : (
          t('queue.table.totalOf', {
            total: formatNumber(locale, total),
            max: formatNumber(locale, maxTotal),
          })
        )}
      </td>
      <td className="queue-row__updated">
        <time dateTime={assignment.updatedAt}>{formatDateTimeShort(locale, assignment.updatedAt)}</time>
      </td>
    </tr>
  );
}
