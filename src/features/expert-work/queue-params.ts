import type { MyAssignmentsQuery } from '@/api/schemas/expert-cabinet';
import type { AssignmentStatus } from '@/api/schemas/sheets';
import { QUEUE_PAGE_SIZE } from '@/config/queue';

export type QueueSort = NonNullable<MyAssignmentsQuery['sort']>;

/** The queue view as the URL states it; the names match the API's query so the URL maps one to one. */
export interface QueueParams {
  stageId?: string | undefined;
  status?: AssignmentStatus | undefined;
  nominationId?: string | undefined;
  q?: string | undefined;
  sort: QueueSort;
  page: number;
}

/** A request for one page: the URL's view plus the fixed page size. */
export interface QueueRequest extends QueueParams {
  pageSize: number;
}

export const QUEUE_STATUSES = [
  'new',
  'draft',
  'returned',
  'submitted',
  'recused',
] as const satisfies readonly AssignmentStatus[];

/** Work that still needs the expert comes first by default, in the server's status order. */
export const DEFAULT_SORT: QueueSort = 'dueAt';

export const QUEUE_SORTS = [
  'dueAt',
  '-dueAt',
  'status',
  '-status',
  'applicationId',
  '-applicationId',
  '-updatedAt',
  'updatedAt',
] as const satisfies readonly QueueSort[];

/** The longest search the API accepts; longer text from a hand-edited URL is cut, not rejected. */
const MAX_SEARCH = 200;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Reads the view from the URL. Anything a hand-edited or outdated link carries that the API would
 * refuse (an unknown status, a page of "abc") falls back to the default instead of an error page.
 */
export function parseQueueSearch(search: URLSearchParams): QueueParams {
  const page = Number(search.get('page'));
  return {
    stageId: nonEmpty(search.get('stageId')),
    status: oneOf(QUEUE_STATUSES, search.get('status')),
    nominationId: nonEmpty(search.get('nominationId')),
    q: nonEmpty(search.get('q'))?.slice(0, MAX_SEARCH),
    sort: oneOf(QUEUE_SORTS, search.get('sort')) ?? DEFAULT_SORT,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL for a view; defaults are left out so links stay short and equal views get equal URLs. */
export function queueSearchOf(params: Partial<QueueParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.stageId !== undefined) search.set('stageId', params.stageId);
  if (params.status !== undefined) search.set('status', params.status);
  if (params.nominationId !== undefined) search.set('nominationId', params.nominationId);
  if (params.q !== undefined && params.q !== '') search.set('q', params.q);
  if (params.sort !== undefined && params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  if (params.page !== undefined && params.page > 1) search.set('page', String(params.page));
  return search;
}

export function queueRequestOf(params: QueueParams): QueueRequest {
  return { ...params, pageSize: QUEUE_PAGE_SIZE };
}

/** True when something narrows the list, i.e. an empty result may be the filters' doing. */
export function hasFilters(params: QueueParams): boolean {
  return (
    params.stageId !== undefined ||
    params.status !== undefined ||
    params.nominationId !== undefined ||
    params.q !== undefined
  );
}
