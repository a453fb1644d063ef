import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { parseAuditSearch } from '@/features/organizer/audit/audit-params';
import { AuditView } from '@/features/organizer/audit/components/audit-view';
import { auditQueryOptions } from '@/features/organizer/audit/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    const view = parseAuditSearch(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(auditQueryOptions(params.contestId ?? '', view));
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  return <AuditView contestId={contestId} />;
}
