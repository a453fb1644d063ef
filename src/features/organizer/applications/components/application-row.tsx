import { useTranslation } from 'react-i18next';
import type { ApplicationSummary } from '@/api/schemas/applications';
import { Button } from '@/components/ui/button';
import { formatMoney } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { ScreeningDecision } from './screening-dialog';
import { ScreeningStatus } from './screening-status';

interface ApplicationRowProps {
  application: ApplicationSummary;
  nominationTitle: string | undefined;
  onDecide: (application: ApplicationSummary, decision: ScreeningDecision) => void;
}

/** One application; the decision buttons offer only a change (an admitted one can still be rejected). */
export function ApplicationRow({ application, nominationTitle, onDecide }: ApplicationRowProps) {
  const { t } = useTranslation();
  const { id, screening } = application;
  return (
    <tr>
      <td className="applications-table__id">{id}</td>
      <th scope="row" className="applications-table__title">
        {application.title}
      </th>
      <td>
        <span className="applications-table__org">{application.organization.name}</span>
        <span className="applications-table__muted">
          {t('organizer.applications.table.inn', { inn: application.organization.inn })}
        </span>
      </td>
      <td>{application.region.name}</td>
      <td>{nominationTitle ?? t('organizer.applications.table.unknownNomination')}</td>
      <td className="data-table__num">{formatMoney(currentLocale(), application.requestedAmount)}</td>
      <td className="applications-table__screening">
        <ScreeningStatus screening={screening} />
      </td>
      <td className="applications-table__actions">
        {screening.status === 'admitted' ? null : (
          <Button
            size="sm"
            variant="secondary"
            aria-label={t('organizer.applications.screeningActions.admitLabel', { id })}
            onClick={() => onDecide(application, 'admitted')}
          >
            {t('organizer.applications.screeningActions.admit')}
          </Button>
        )}
        {screening.status === 'rejected' ? null : (
          <Button
            size="sm"
            variant="ghost"
            aria-label={t('organizer.applications.screeningActions.rejectLabel', { id })}
            onClick={() => onDecide(application, 'rejected')}
          >
            {t('organizer.applications.screeningActions.reject')}
          </Button>
        )}
      </td>
    </tr>
  );
}
