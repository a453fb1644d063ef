import { useParams } from 'react-router';
import { parseAuditSearch } from '@/features/organizer/audit/audit-params';
import { AuditView } from '@/features/organizer/audit/components/audit-view';
import { auditQueryOptions } from '@/features/organizer/audit/queries';
import { organizerLoader } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, contestId, search }) =>
  queryClient.ensureQueryData(auditQueryOptions(contestId, parseAuditSearch(search))),
);

export function Component() {
  const { contestId = '' } = useParams();
  return <AuditView contestId={contestId} />;
}
