import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '@/api/schemas/audit';
import { formatDateTimeShort } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { AuditChanges } from './audit-changes';

interface AuditRowProps {
  event: AuditEvent;
  /** Where «all changes by this person» and «this object's history» lead: the log filtered in the URL. */
  actorHref: string;
  objectHref: string;
}

export function AuditRow({ event, actorHref, objectHref }: AuditRowProps) {
  const { t } = useTranslation();
  const actions: Record<string, string> = t('organizer.audit.action', { returnObjects: true });
  const action = event.action;
  return (
    <tr>
      <td className="audit-table__at">
        <time dateTime={event.at}>{formatDateTimeShort(currentLocale(), event.at)}</time>
      </td>
      <td>
        <span className="audit-table__who">{event.actor.name}</span>
        <Link className="audit-table__filter" to={actorHref} preventScrollReset>
          {t('organizer.audit.byActor', { name: event.actor.name })}
        </Link>
      </td>
      <td>
        <span className="audit-table__type">{t(`organizer.audit.objectType.${event.objectType}`)}</span>{' '}
        <span className="audit-table__id">{event.objectId}</span>
        <Link className="audit-table__filter" to={objectHref} preventScrollReset>
          {t('organizer.audit.byObject', { id: event.objectId })}
        </Link>
      </td>
      <td>
        {Object.hasOwn(actions, action) ? actions[action] : action}
        {event.reason === null ? null : (
          <span className="audit-muted audit-table__reason">
            {t('organizer.audit.reason', { reason: event.reason })}
          </span>
        )}
      </td>
      <td className="audit-table__changes">
        <AuditChanges event={event} />
      </td>
    </tr>
  );
}
