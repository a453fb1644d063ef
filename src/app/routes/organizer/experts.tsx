import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RosterView } from '@/features/organizer/roster/components/roster-view';
import { parseRosterSearch } from '@/features/organizer/roster/list-params';
import { expertListQueryOptions } from '@/features/organizer/roster/queries';
import { ensureExpertiseGroups } from '@/features/organizer/roster/use-expertise-groups';
import { organizerLoader } from './organizer-loader';

// The list and its filters' options arrive together, so the page never renders half-filled.
export const clientLoader = organizerLoader(({ queryClient, search }) =>
  Promise.all([
    queryClient.ensureQueryData(expertListQueryOptions(parseRosterSearch(search))),
    ensureExpertiseGroups(queryClient),
  ]),
);

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <Link className="area-head__back" to={paths.organizer.href()}>
        <span aria-hidden="true">←</span> {t('organizer.roster.backToOrganizer')}
      </Link>
      <PageHeader title={t('organizer.roster.title')} intro={t('organizer.roster.intro')} />
      <RosterView />
    </>
  );
}
