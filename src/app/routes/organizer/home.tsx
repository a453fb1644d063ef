import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { ContestList } from '@/features/contests/components/contest-list';
import { contestListQueryOptions } from '@/features/contests/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    void queryClient.prefetchQuery(contestListQueryOptions({ page: 1, pageSize: 50 }));
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cabinet.organizer.title')} intro={t('cabinet.organizer.intro')} />
      <section className="section" aria-labelledby="organizer-contests">
        <h2 className="section__title" id="organizer-contests">
          {t('cabinet.organizer.contests')}
        </h2>
        <ContestList emptyTitle={t('cabinet.organizer.empty')} emptyHint={t('cabinet.organizer.emptyHint')} />
      </section>
    </>
  );
}
