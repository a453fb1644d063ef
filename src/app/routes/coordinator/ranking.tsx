import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { contestNominationsQueryOptions, stageWithContestQueryOptions } from '@/api/structure-queries';
import { RankingView } from '@/features/rankings/components/ranking-view';
import { rankingPageQueryOptions } from '@/features/rankings/queries';
import { parseRankingSearch } from '@/features/rankings/ranking-params';
import { rankingRequestOf } from '@/features/rankings/ranking-request';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const stageId = params['stageId'] ?? '';
    const nominationId = params['nominationId'] ?? '';
    const search = parseRankingSearch(new URL(request.url).searchParams);
    // The first page does not depend on the contest, so it loads alongside the stage lookup; the
    // nominations follow the (small, fast) stage lookup without waiting for the page of rows.
    await Promise.all([
      queryClient
        .ensureQueryData(stageWithContestQueryOptions(stageId))
        .then((context) => queryClient.ensureQueryData(contestNominationsQueryOptions(context.contest.id))),
      queryClient.ensureQueryData(
        rankingPageQueryOptions(rankingRequestOf(stageId, nominationId, search), 1),
      ),
    ]);
    return null;
  };
}

export function Component() {
  const { stageId = '', nominationId = '' } = useParams();
  return <RankingView stageId={stageId} nominationId={nominationId} />;
}
