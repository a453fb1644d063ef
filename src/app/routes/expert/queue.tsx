import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { QueueView } from '@/features/expert-work/components/queue-view';
import {
  myStagesQueryOptions,
  nominationsQueryOptions,
  queueQueryOptions,
} from '@/features/expert-work/queries';
import { parseQueueSearch, queueRequestOf } from '@/features/expert-work/queue-params';
import { requireRole } from '../../guards';
// The cabinet's styles travel with its routes, not in the entry bundle.
import '../../styles/queue.css';
import '../../styles/evaluation.css';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'expert');
    const params = parseQueueSearch(new URL(request.url).searchParams);
    // The list and its filters' options arrive together, so the page never renders half-filled.
    await Promise.all([
      queryClient.ensureQueryData(queueQueryOptions(queueRequestOf(params))),
      queryClient.ensureQueryData(myStagesQueryOptions()).then(({ items }) => {
        const contestIds = new Set(items.map((item) => item.contest.id));
        return Promise.all(
          [...contestIds].map((id) => queryClient.ensureQueryData(nominationsQueryOptions(id))),
        );
      }),
    ]);
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('queue.title')}
        intro={t('queue.intro')}
        actions={
          <Link className="btn btn--ghost" to={paths.expert.href()}>
            <span aria-hidden="true">←</span> {t('queue.backToStages')}
          </Link>
        }
      />
      <QueueView />
    </>
  );
}
