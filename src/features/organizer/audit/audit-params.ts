import type { AuditObjectType } from '@/api/schemas/audit';

export const AUDIT_OBJECT_TYPES: readonly AuditObjectType[] = [
  'contest',
  'stage',
  'deadline',
  'nomination',
  'category',
  'criteriaSet',
  'expert',
  'application',
  'assignment',
  'sheet',
  'conflict',
];

export const AUDIT_PAGE_SIZE = 25;

/** The log's view as the URL holds it: `type`, `object`, `actor`, `page`. */
export interface AuditParams {
  objectType: AuditObjectType | undefined;
  objectId: string | undefined;
  actorId: string | undefined;
  page: number;
  pageSize: number;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed.slice(0, 200);
}

export function parseAuditSearch(search: URLSearchParams): AuditParams {
  const type = search.get('type');
  const page = Number(search.get('page'));
  return {
    objectType: AUDIT_OBJECT_TYPES.find((t) => t === type),
    objectId: text(search.get('object')),
    actorId: text(search.get('actor')),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

/** Any change of filter starts again from page 1; the page is kept only when it is what changed. */
export function auditSearch(params: Omit<AuditParams, 'pageSize'>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.objectType !== undefined) search.set('type', params.objectType);
  if (params.objectId !== undefined) search.set('object', params.objectId);
  if (params.actorId !== undefined) search.set('actor', params.actorId);
  if (params.page > 1) search.set('page', String(params.page));
  return search;
}
