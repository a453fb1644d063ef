import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hasFilters, queueRequestOf, type QueueParams, type QueueSort } from '../queue-params';
import { queueQueryOptions } from '../queries';
import { QueueEmpty, type QueueEmptyKind } from './queue-empty';
import { QueueList } from './queue-list';
import { QueueSkeleton } from './queue-skeleton';

interface QueueResultsProps {
  params: QueueParams;
  sortView: QueueSort;
  busy: boolean;
  onSort: (sort: QueueSort) => void;
  onPage: (page: number) => void;
  onReset: () => void;
}

/** The list for the view in the URL, or the reason it is empty and the way out. */
export function QueueResults({ params, sortView, busy, onSort, onPage, onReset }: QueueResultsProps) {
  const { t } = useTranslation();
  // The route loader has fetched this page; the previous one stays up only if the cache lost it.
  const query = useQuery({ ...queueQueryOptions(queueRequestOf(params)), placeholderData: keepPreviousData });

  if (query.isPending) return <QueueSkeleton label={t('queue.loading')} />;
  if (query.isError) throw query.error;

  const { items, total } = query.data;
  const updating = busy || query.isPlaceholderData;
  const empty: QueueEmptyKind | null =
    total === 0 ? (hasFilters(params) ? 'noMatch' : 'none') : items.length === 0 ? 'pastLastPage' : null;

  return (
    <>
      {/* Tells screen-reader users that a filter took effect and what it left, without moving focus. */}
      <p className="visually-hidden" role="status">
        {updating ? t('queue.updating') : t('queue.found', { count: total })}
      </p>
      {empty === null ? (
        <QueueList
          data={query.data}
          params={params}
          sortView={sortView}
          busy={updating}
          onSort={onSort}
          onPage={onPage}
        />
      ) : (
        <QueueEmpty kind={empty} onReset={onReset} onFirstPage={() => onPage(1)} />
      )}
    </>
  );
}
