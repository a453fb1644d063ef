import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { useRecuse } from '@/features/evaluation/mutations';
import { evaluationQueryOptions } from '@/features/evaluation/queries';
import { getDb } from '@mocks/db/database';
import { createTestQueryClient } from '@tests/render-app';
import { newAssignmentId, signInAsExpert } from './draft-harness';

beforeEach(async () => {
  await signInAsExpert();
});

test('declaring a conflict of interest makes the page read-only at once and refreshes the queue', async () => {
  const id = newAssignmentId();
  const queryClient = createTestQueryClient();
  await queryClient.ensureQueryData(evaluationQueryOptions(id));
  // Stands in for the queue of the expert-work feature, which this feature may not import.
  let queueFetches = 0;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => {
      useQuery({
        queryKey: ['expert-work', 'queue'],
        queryFn: () => {
          queueFetches += 1;
          return queueFetches;
        },
      });
      return { recuse: useRecuse(), context: useQuery(evaluationQueryOptions(id)).data };
    },
    { wrapper },
  );
  await waitFor(() => expect(queueFetches).toBe(1));

  await act(() => result.current.recuse.mutateAsync({ assignmentId: id, reason: 'affiliation', text: '' }));

  await waitFor(() =>
    expect(result.current.context).toMatchObject({
      assignment: { status: 'recused', recusal: { reason: 'affiliation' } },
      canSubmit: false,
      blockedReason: 'recused',
    }),
  );
  expect(getDb().get('assignments', id)?.status).toBe('recused');
  await waitFor(() => expect(queueFetches).toBe(2));
});
