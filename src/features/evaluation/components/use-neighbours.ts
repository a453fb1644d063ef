import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { neighboursOf, queuePageQueryOptions, queuePageRequestOf, type Neighbours } from '../neighbours';

/**
 * Prev/next in the queue view the expert came from (`?queue=`), fetched as the same page the queue
 * showed; the adjacent page is fetched only when the application sits at a page edge.
 */
export function useNeighbours(assignmentId: string, queueSearch: string): Neighbours | null {
  const request = useMemo(() => queuePageRequestOf(queueSearch), [queueSearch]);
  const { data: page } = useQuery(queuePageQueryOptions(request));
  const index = page?.items.findIndex((item) => item.assignment.id === assignmentId) ?? -1;
  const atStart = page !== undefined && index === 0 && page.page > 1;
  const atEnd =
    page !== undefined &&
    index >= 0 &&
    index === page.items.length - 1 &&
    page.page * page.pageSize < page.total;
  const { data: before } = useQuery({
    ...queuePageQueryOptions({ ...request, page: Math.max(1, request.page - 1) }),
    enabled: atStart,
  });
  const { data: after } = useQuery({
    ...queuePageQueryOptions({ ...request, page: request.page + 1 }),
    enabled: atEnd,
  });
  if (page === undefined) return null;
  return neighboursOf(
    assignmentId,
    queueSearch,
    page,
    atStart ? (before ?? null) : null,
    atEnd ? (after ?? null) : null,
  );
}
