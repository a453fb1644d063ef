import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { expertQueryOptions } from '../queries';

/** An assigned expert who has not opened the application yet: a column waiting for its sheet. */
export function PendingColumnHead({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const expert = useQuery(expertQueryOptions(expertId));
  return (
    <th scope="col" className="compare__sheet compare__sheet--pending">
      <span className="compare__expert">{expert.data?.fullName ?? '…'}</span>
      <Badge tone="info">
        <span aria-hidden="true">○ </span>
        {t('oversight.sheets.pending')}
      </Badge>
    </th>
  );
}
