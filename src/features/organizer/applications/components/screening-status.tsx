import { useTranslation } from 'react-i18next';
import type { Screening } from '@/api/schemas/applications';
import { Badge } from '@/components/ui/badge';

const TONE = { pending: 'neutral', admitted: 'success', rejected: 'danger' } as const;

/** The screening verdict in words (never colour alone) and, for a rejection, why. */
export function ScreeningStatus({ screening }: { screening: Screening }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge tone={TONE[screening.status]}>{t(`organizer.applications.status.${screening.status}`)}</Badge>
      {screening.status === 'rejected' && screening.reason ? (
        <span className="applications-table__reason">
          {t('organizer.applications.rejectedBecause', { reason: screening.reason })}
        </span>
      ) : null}
    </>
  );
}
