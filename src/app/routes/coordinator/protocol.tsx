import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { contestNominationsQueryOptions, stageWithContestQueryOptions } from '@/api/structure-queries';
import { ProtocolView } from '@/features/rankings/components/protocol-view';
import { parseScenario } from '@/features/rankings/cutline';
import { cutlineQueryOptions, fullRankingQueryOptions } from '@/features/rankings/queries';
import { parseRankingSearch } from '@/features/rankings/ranking-params';
import { requireRole } from '../../guards';
// The cabinet's styles travel with its routes, not in the entry bundle.
import '../../styles/rankings.css';
import '../../styles/oversight.css';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const stageId = params['stageId'] ?? '';
    const nominationId = params['nominationId'] ?? '';
    const search = new URL(request.url).searchParams;
    const method = parseRankingSearch(search).method;
    const scenario = parseScenario(search.get('cut') ?? '');
    // Everything the sheet of paper shows is loaded before it renders, so printing never catches a half page.
    const [context] = await Promise.all([
      queryClient.ensureQueryData(stageWithContestQueryOptions(stageId)),
      queryClient.ensureQueryData(fullRankingQueryOptions(stageId, nominationId, method)),
      scenario === null
        ? null
        : queryClient.ensureQueryData(cutlineQueryOptions(stageId, nominationId, method, scenario)),
    ]);
    await queryClient.ensureQueryData(contestNominationsQueryOptions(context.contest.id));
    return null;
  };
}

export function Component() {
  const { stageId = '', nominationId = '' } = useParams();
  return <ProtocolView stageId={stageId} nominationId={nominationId} />;
}
