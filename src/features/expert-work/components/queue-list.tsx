import { useTranslation } from 'react-i18next';
import type { QueuePage } from '@/api/schemas/expert-cabinet';
import { Pagination } from '@/components/ui/pagination';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { queueSearchOf, type QueueParams, type QueueSort } from '../queue-params';
import { QueueSortSelect } from './queue-sort-select';
import { QueueTable } from './queue-table';

interface QueueListProps {
  data: QueuePage;
  params: QueueParams;
  /** The order being switched to, shown in the menu while its rows load. */
  sortView: QueueSort;
  busy: boolean;
  onSort: (sort: QueueSort) => void;
  onPage: (page: number) => void;
}

/** One page of the queue: the order menu, the table and the page numbers. */
export function QueueList({ data, params, sortView, busy, onSort, onPage }: QueueListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { items, total, pageSize, page } = data;
  const from = (page - 1) * pageSize + 1;
  const range = t('queue.table.range', {
    from: formatNumber(locale, from),
    to: formatNumber(locale, from + items.length - 1),
    total: formatNumber(locale, total),
  });

  return (
    <>
      <div className="queue-panel">
        {/* Before the table in the DOM, so Tab reaches the order before the rows; shown in the caption's row. */}
        <QueueSortSelect value={sortView} onSort={onSort} />
        <QueueTable
          items={items}
          range={range}
          sort={params.sort}
          queueSearch={queueSearchOf(params)}
          busy={busy}
          onSort={onSort}
        />
      </div>
      <div className="queue-footer">
        <p className="queue-footer__range">{range}</p>
        <Pagination
          page={page}
          pageCount={Math.ceil(total / pageSize)}
          onPageChange={onPage}
          labels={{
            nav: t('queue.pagination.label'),
            previous: t('queue.pagination.previous'),
            next: t('queue.pagination.next'),
            page: (n) => t('queue.pagination.page', { page: n }),
          }}
        />
      </div>
    </>
  );
}
