import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { ProgressView } from '@/features/oversight/components/progress-view';
import { parseProgressSearch } from '@/features/oversight/progress-params';
import { progressQueryOptions } from '@/features/oversight/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const view = parseProgressSearch(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(progressQueryOptions(params.stageId ?? '', view));
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  const { stageId = '' } = useParams();
  return (
    <section aria-labelledby="progress-title">
      <h2 className="visually-hidden" id="progress-title">
        {t('oversight.progress.title')}
      </h2>
      <ProgressView stageId={stageId} />
    </section>
  );
}
