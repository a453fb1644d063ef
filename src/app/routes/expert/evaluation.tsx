import type { QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { EvaluationPage } from '@/features/evaluation/components/evaluation-page';
import { preloadSheetDraft } from '@/features/evaluation/draft/engine-registry';
import { evaluationQueryOptions } from '@/features/evaluation/queries';
import { useSession } from '@/features/session/use-session';
import { requireRole } from '../../guards';
// The cabinet's styles travel with its routes, not in the entry bundle.
import '../../styles/queue.css';
import '../../styles/evaluation.css';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    const session = await requireRole(queryClient, request, 'expert');
    // The card and the sheet are the page: wait for them, so the form never renders half-empty.
    const context = await queryClient.ensureQueryData(evaluationQueryOptions(params.assignmentId ?? ''));
    // A copy left on this device is found before the first render, so restored work never flickers in.
    await preloadSheetDraft(session.user.id, context);
    return null;
  };
}

export function Component() {
  const { assignmentId = '' } = useParams();
  const [search] = useSearchParams();
  const session = useSession();
  return (
    // Keyed: moving to the next application starts a fresh page (draft, dialogs, focus), never a mix.
    <EvaluationPage
      key={assignmentId}
      assignmentId={assignmentId}
      userId={session.user.id}
      queueSearch={search.get('queue') ?? ''}
    />
  );
}
