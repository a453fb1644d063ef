import { queryOptions } from '@tanstack/react-query';
import { apiJson } from '@/api/http-client';
import { QUEUE_PAGE_SIZE } from '@/config/queue';
import type { MyAssignmentsQuery, QueueItem, QueuePage } from '@/api/schemas/expert-cabinet';

const STATUSES = ['new', 'draft', 'submitted', 'returned', 'recused'] as const;
const SORTS = [
  'dueAt',
  '-dueAt',
  'status',
  '-status',
  'applicationId',
  '-applicationId',
  'updatedAt',
  '-updatedAt',
] as const satisfies readonly NonNullable<MyAssignmentsQuery['sort']>[];

export interface QueuePageRequest {
  stageId?: string | undefined;
  status?: MyAssignmentsQuery['status'];
  nominationId?: string | undefined;
  q?: string | undefined;
  sort?: MyAssignmentsQuery['sort'];
  page: number;
  pageSize: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** The queue view the expert came from, read from `?queue=`; anything unknown falls back to defaults. */
export function queuePageRequestOf(queueSearch: string): QueuePageRequest {
  const search = new URLSearchParams(queueSearch);
  const page = Number(search.get('page'));
  return {
    stageId: text(search.get('stageId')),
    status: oneOf(STATUSES, search.get('status')),
    nominationId: text(search.get('nominationId')),
    q: text(search.get('q'))?.slice(0, 200),
    sort: oneOf(SORTS, search.get('sort')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: QUEUE_PAGE_SIZE,
  };
}

/** The same queue view on another page, as the `?queue=` value of a link. */
export function queueSearchForPage(queueSearch: string, page: number): string {
  const search = new URLSearchParams(queueSearch);
  if (page > 1) search.set('page', String(page));
  else search.delete('page');
  return search.toString();
}

export function fetchQueuePage(request: QueuePageRequest, signal?: AbortSignal): Promise<QueuePage> {
  const { stageId, status, nominationId, q, sort, page, pageSize } = request;
  return apiJson<QueuePage>('/me/assignments', {
    query: { stageId, status, nominationId, q, sort, page, pageSize },
    signal,
  });
}

export const neighbourKeys = {
  // Its own root, not under the evaluation keys: saving or submitting a sheet invalidates those, and a
  // refetched page may no longer hold the current application (its status changed), losing prev/next.
  all: ['evaluation-neighbours'] as const,
  page: (request: QueuePageRequest) => [...neighbourKeys.all, request] as const,
};

export function queuePageQueryOptions(request: QueuePageRequest) {
  return queryOptions({
    queryKey: neighbourKeys.page(request),
    queryFn: ({ signal }) => fetchQueuePage(request, signal),
    // The order the expert saw when they opened the first application is the order j/k walks.
    staleTime: 15 * 60_000,
    refetchOnWindowFocus: false,
  });
}

export interface Neighbour {
  assignmentId: string;
  /** The `?queue=` value that keeps the queue view (with the page this neighbour is on). */
  queueSearch: string;
  item: QueueItem;
}

export interface Neighbours {
  /** 1-based position in the whole filtered queue; null when the application is not in the view. */
  position: number | null;
  total: number;
  current: QueueItem | null;
  prev: Neighbour | null;
  next: Neighbour | null;
}

/**
 * Prev/next of an assignment in a queue page, reaching into the adjacent pages when it sits at an
 * edge (those pages are passed once loaded, null until then).
 */
export function neighboursOf(
  assignmentId: string,
  queueSearch: string,
  page: QueuePage,
  before: QueuePage | null,
  after: QueuePage | null,
): Neighbours {
  const index = page.items.findIndex((item) => item.assignment.id === assignmentId);
  if (index < 0) return { position: null, total: page.total, current: null, prev: null, next: null };
  const at = (source: QueuePage | null, i: number): Neighbour | null => {
    const item = source?.items[i];
    if (source === null || item === undefined) return null;
    return {
      assignmentId: item.assignment.id,
      queueSearch: queueSearchForPage(queueSearch, source.page),
      item,
    };
  };
  const prev = index > 0 ? at(page, index - 1) : at(before, (before?.items.length ?? 0) - 1);
  const next = index < page.items.length - 1 ? at(page, index + 1) : at(after, 0);
  return {
    position: (page.page - 1) * page.pageSize + index + 1,
    total: page.total,
    current: page.items[index] ?? null,
    prev,
    next,
  };
}
