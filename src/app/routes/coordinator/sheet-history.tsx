import type { QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { SheetHistoryView } from '@/features/oversight/components/sheet-history-view';
import { parseHistoryContext } from '@/features/oversight/list-params';
import { sheetHistoryQueryOptions, sideBySideQueryOptions } from '@/features/oversight/queries';
import { requireRole } from '../../guards';
// The cabinet's styles travel with its routes, not in the entry bundle.
import '../../styles/rankings.css';
import '../../styles/oversight.css';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const context = parseHistoryContext(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.ensureQueryData(sheetHistoryQueryOptions(params.sheetId ?? '')),
      // The criteria's titles come with the application's sheets; a failure there only costs the titles.
      context === null
        ? null
        : queryClient
            .ensureQueryData(sideBySideQueryOptions(context.stageId, context.applicationId))
            .catch(() => null),
    ]);
    return null;
  };
}

export function Component() {
  const { sheetId = '' } = useParams();
  const [searchParams] = useSearchParams();
  return <SheetHistoryView sheetId={sheetId} context={parseHistoryContext(searchParams)} />;
}
