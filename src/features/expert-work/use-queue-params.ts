import { useUrlView, type NavigateOptions } from '@/lib/url-params';
import { parseQueueSearch, queueSearchOf, type QueueParams } from './queue-params';

/** The queue view kept in the URL (see useUrlView for `params` against `view`). */
export function useQueueParams() {
  const { params, view, busy, navigate } = useUrlView(parseQueueSearch, queueSearchOf);

  function update(patch: Partial<QueueParams>, options?: NavigateOptions): void {
    // A new filter or order makes the old page number meaningless: start again at the first page.
    navigate({ ...view, page: 1, ...patch }, options);
  }

  function reset(): void {
    navigate({ sort: view.sort });
  }

  return { params, view, busy, update, reset };
}
