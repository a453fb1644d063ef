import { useTranslation } from 'react-i18next';
import type { Organization } from '@/api/schemas/common';

export function AffiliationList({ affiliations }: { affiliations: readonly Organization[] }) {
  const { t } = useTranslation();
  if (affiliations.length === 0) {
    return <span className="roster-muted">{t('organizer.roster.table.noAffiliations')}</span>;
  }
  return (
    <ul className="roster-orgs">
      {affiliations.map((org) => (
        <li key={org.inn}>
          {org.name}{' '}
          <span className="roster-orgs__inn">{t('organizer.roster.table.inn', { inn: org.inn })}</span>
        </li>
      ))}
    </ul>
  );
}
