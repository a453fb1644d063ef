import { paths } from '@/config/paths';

/**
 * The evaluation page's address, carrying the queue view it was opened from so that page can offer
 * the previous and next application of the same list.
 */
export function evaluationHref(assignmentId: string, queueSearch: URLSearchParams): string {
  return `${paths.evaluation.href(assignmentId)}?${new URLSearchParams({ queue: queueSearch.toString() }).toString()}`;
}
