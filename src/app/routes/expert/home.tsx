import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { MyStages } from '@/features/expert-work/components/my-stages';
import { myStagesQueryOptions } from '@/features/expert-work/queries';
import { requireRole } from '../../guards';
// The cabinet's styles travel with its routes, not in the entry bundle.
import '../../styles/queue.css';
import '../../styles/evaluation.css';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'expert');
    // Starts the request without blocking the navigation: the page shows its skeleton meanwhile.
    void queryClient.prefetchQuery(myStagesQueryOptions());
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cabinet.expert.title')} intro={t('cabinet.expert.intro')} />
      <section className="section" aria-labelledby="my-stages">
        <h2 className="section__title" id="my-stages">
          {t('cabinet.expert.stages')}
        </h2>
        <MyStages />
      </section>
    </>
  );
}
