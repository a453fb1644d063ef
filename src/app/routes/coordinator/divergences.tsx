import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { stageWithContestQueryOptions } from '@/api/structure-queries';
import { DivergenceList } from '@/features/oversight/components/divergence-list';
import { parseDivergenceSearch } from '@/features/oversight/list-params';
import { divergencesQueryOptions } from '@/features/oversight/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const view = parseDivergenceSearch(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(divergencesQueryOptions(params.stageId ?? '', view));
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  const { stageId = '' } = useParams();
  const { data: stageContext } = useSuspenseQuery(stageWithContestQueryOptions(stageId));
  const contestId = stageContext.contest.id;
  return (
    <section aria-labelledby="divergences-title">
      <h2 className="oversight-title" id="divergences-title">
        {t('oversight.divergences.title')}
      </h2>
      <p className="oversight-intro">{t('oversight.divergences.intro')}</p>
      <DivergenceList stageId={stageId} contestId={contestId} />
    </section>
  );
}
