import { useTranslation } from 'react-i18next';
import type { ApplicationPage } from '@/api/schemas/application-inputs';
import type { ApplicationSummary } from '@/api/schemas/applications';
import { SortHeader } from '@/components/ui/sort-header';
import type { ApplicationSort, ApplicationSortField } from '../list-params';
import { ApplicationRow } from './application-row';
import type { ScreeningDecision } from './screening-dialog';

interface ApplicationsTableProps {
  page: ApplicationPage;
  nominationTitles: ReadonlyMap<string, string>;
  sort: ApplicationSort;
  busy: boolean;
  onSort: (sort: ApplicationSort) => void;
  onDecide: (application: ApplicationSummary, decision: ScreeningDecision) => void;
}

export function ApplicationsTable({
  page,
  nominationTitles,
  sort,
  busy,
  onSort,
  onDecide,
}: ApplicationsTableProps) {
  const { t } = useTranslation();
  const from = (page.page - 1) * page.pageSize + 1;
  const to = from + page.items.length - 1;
  const sortable = (field: ApplicationSortField, column: string, firstDescending = false) => (
    <SortHeader
      field={field}
      label={column}
      hint={t('organizer.applications.table.sortBy', { column })}
      sort={sort}
      firstDescending={firstDescending}
      onSort={onSort}
      className={field === 'requestedAmount' ? 'data-table__num' : undefined}
    />
  );
  return (
    <div className={busy ? 'data-table-wrap data-table-wrap--busy' : 'data-table-wrap'}>
      <table className="data-table data-table--rows applications-table" aria-busy={busy || undefined}>
        <caption className="data-table__caption">
          {t('organizer.applications.table.caption')}{' '}
          <span className="data-table__range">
            {t('organizer.applications.table.range', { from, to, total: page.total })}
          </span>
        </caption>
        <thead>
          <tr>
            {sortable('id', t('organizer.applications.table.id'))}
            {sortable('title', t('organizer.applications.table.title'))}
            <th scope="col">{t('organizer.applications.table.organization')}</th>
            <th scope="col">{t('organizer.applications.table.region')}</th>
            <th scope="col">{t('organizer.applications.table.nomination')}</th>
            {sortable('requestedAmount', t('organizer.applications.table.amount'), true)}
            <th scope="col">{t('organizer.applications.table.screening')}</th>
            <th scope="col">{t('organizer.applications.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((application) => (
            <ApplicationRow
              key={application.id}
              application={application}
              nominationTitle={nominationTitles.get(application.nominationId)}
              onDecide={onDecide}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
