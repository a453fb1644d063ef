import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { CoordinatorContests } from '@/features/oversight/components/coordinator-contests';
import { stageDirectoryQueryOptions } from '@/features/oversight/queries';
import { requireRole } from '../../guards';
// The cabinet's styles travel with its routes, not in the entry bundle.
import '../../styles/rankings.css';
import '../../styles/oversight.css';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    // Starts the request without blocking the navigation: the page shows its skeleton meanwhile.
    void queryClient.prefetchQuery(stageDirectoryQueryOptions());
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cabinet.coordinator.title')} intro={t('cabinet.coordinator.intro')} />
      <CoordinatorContests
        emptyTitle={t('cabinet.coordinator.empty')}
        emptyHint={t('cabinet.coordinator.emptyHint')}
      />
    </>
  );
}
