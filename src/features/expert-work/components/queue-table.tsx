import { useTranslation } from 'react-i18next';
import type { QueueItem } from '@/api/schemas/expert-cabinet';
import { evaluationHref } from '../evaluation-link';
import type { QueueSort } from '../queue-params';
import { useRovingFocus } from '../use-roving-focus';
import { QueueRow } from './queue-row';
import { SortHeader } from '@/components/ui/sort-header';

interface QueueTableProps {
  items: QueueItem[];
  range: string;
  sort: QueueSort;
  /** The view the rows came from; handed to the evaluation page for its previous/next links. */
  queueSearch: URLSearchParams;
  busy: boolean;
  onSort: (sort: QueueSort) => void;
}

export function QueueTable({ items, range, sort, queueSearch, busy, onSort }: QueueTableProps) {
  const { t } = useTranslation();
  const rowLink = useRovingFocus<HTMLAnchorElement>(items.length);
  return (
    <div className={busy ? 'queue-table-wrap queue-table-wrap--busy' : 'queue-table-wrap'}>
      <table className="data-table data-table--inset queue-table" aria-busy={busy || undefined}>
        <caption className="data-table__caption queue-table__caption">
          {t('queue.table.caption')} <span className="data-table__range">{range}</span>
        </caption>
        <thead>
          <tr>
            <SortHeader
              field="applicationId"
              label={t('queue.table.id')}
              hint={t('queue.table.sortBy', { column: t('queue.table.id') })}
              sort={sort}
              onSort={onSort}
              className="queue-table__id"
            />
            <th scope="col">{t('queue.table.application')}</th>
            <th scope="col">{t('queue.table.nomination')}</th>
            <SortHeader
              field="status"
              label={t('queue.table.status')}
              hint={t('queue.table.sortBy', { column: t('queue.table.status') })}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col" className="queue-table__total">
              {t('queue.table.total')}
            </th>
            <SortHeader
              field="updatedAt"
              label={t('queue.table.updatedAt')}
              hint={t('queue.table.sortBy', { column: t('queue.table.updatedAt') })}
              sort={sort}
              firstDescending
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <QueueRow
              key={item.assignment.id}
              item={item}
              href={evaluationHref(item.assignment.id, queueSearch)}
              link={rowLink(index)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
