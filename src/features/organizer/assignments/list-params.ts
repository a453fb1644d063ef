import type { AssignmentQuery } from '@/api/schemas/assignments';
import type { Stage } from '@/api/schemas/contests';
import type { AssignmentStatus } from '@/api/schemas/sheets';

export type AssignmentSort = NonNullable<AssignmentQuery['sort']>;
export type AssignmentSortField = Exclude<AssignmentSort, `-${string}`>;

export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  'new',
  'draft',
  'submitted',
  'returned',
  'recused',
];
const SORT_FIELDS: readonly AssignmentSortField[] = ['applicationId', 'expertId', 'status', 'updatedAt'];

export const ASSIGNMENT_PAGE_SIZE = 25;
export const RECUSED_PAGE_SIZE = 10;

export interface AssignmentListParams {
  expertId: string | undefined;
  applicationId: string | undefined;
  nominationId: string | undefined;
  status: AssignmentStatus | undefined;
  sort: AssignmentSort;
  page: number;
  pageSize: number;
}

/** The URL keys of the list; `stage` and `rpage` (the recused list's page) share the same query string. */
export type ListKey = 'expert' | 'application' | 'nomination' | 'status' | 'sort' | 'page';

function positivePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function isSort(value: string | null): value is AssignmentSort {
  if (value === null) return false;
  const field = value.startsWith('-') ? value.slice(1) : value;
  return SORT_FIELDS.some((f) => f === field);
}

/** Anything unknown in the URL falls back to the default rather than failing the page. */
export function parseListSearch(search: URLSearchParams): AssignmentListParams {
  const status = search.get('status');
  const sort = search.get('sort');
  const application = search.get('application')?.trim();
  return {
    expertId: search.get('expert') ?? undefined,
    applicationId: application ? application : undefined,
    nominationId: search.get('nomination') ?? undefined,
    status: ASSIGNMENT_STATUSES.find((s) => s === status),
    sort: isSort(sort) ? sort : 'applicationId',
    page: positivePage(search.get('page')),
    pageSize: ASSIGNMENT_PAGE_SIZE,
  };
}

export function recusedParams(search: URLSearchParams): AssignmentListParams {
  return {
    expertId: undefined,
    applicationId: undefined,
    nominationId: undefined,
    status: 'recused',
    sort: '-updatedAt',
    page: positivePage(search.get('rpage')),
    pageSize: RECUSED_PAGE_SIZE,
  };
}

/** Stages experts work in; the technical screening is the organizer's own check. */
export function assignableStages(stages: readonly Stage[]): Stage[] {
  return stages.filter((s) => s.kind !== 'screening').sort((a, b) => a.order - b.order);
}

/** `?stage=` when it names an assignable stage, else the contest's first expert stage. */
export function pickStage(stages: readonly Stage[], requested: string | null): Stage | undefined {
  const assignable = assignableStages(stages);
  return (
    assignable.find((s) => s.id === requested) ?? assignable.find((s) => s.kind === 'expert') ?? assignable[0]
  );
}
