import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpertPage } from '@/api/schemas/expert-inputs';
import { Badge } from '@/components/ui/badge';
import { SortHeader } from '@/components/ui/sort-header';
import { paths } from '@/config/paths';
import type { RosterSort } from '../list-params';
import { AffiliationList } from './affiliation-list';
import { LoadMeter } from './load-meter';

interface RosterTableProps {
  data: ExpertPage;
  sort: RosterSort;
  busy: boolean;
  onSort: (sort: RosterSort) => void;
}

export function RosterTable({ data, sort, busy, onSort }: RosterTableProps) {
  const { t } = useTranslation();
  const from = (data.page - 1) * data.pageSize + 1;
  const to = from + data.items.length - 1;
  const column = (key: 'name' | 'load') => t(`organizer.roster.table.${key}`);
  return (
    <div
      className={
        busy ? 'data-table-wrap data-table-wrap--busy roster-table-wrap' : 'data-table-wrap roster-table-wrap'
      }
    >
      <table
        className="data-table data-table--rows data-table--inset roster-table"
        aria-busy={busy || undefined}
      >
        <caption className="data-table__caption">
          {t('organizer.roster.table.caption')}{' '}
          <span className="data-table__range">
            {t('organizer.roster.table.range', { from, to, total: data.total })}
          </span>
        </caption>
        <thead>
          <tr>
            <SortHeader
              field="fullName"
              label={column('name')}
              hint={t('organizer.roster.table.sortBy', { column: column('name') })}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('organizer.roster.table.region')}</th>
            <th scope="col">{t('organizer.roster.table.affiliations')}</th>
            <th scope="col">{t('organizer.roster.table.status')}</th>
            <SortHeader
              field="load"
              label={column('load')}
              hint={t('organizer.roster.table.sortBy', { column: column('load') })}
              sort={sort}
              firstDescending
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody>
          {data.items.map((expert) => (
            <tr key={expert.id} className={expert.active ? undefined : 'roster-table__row--off'}>
              <th scope="row" className="roster-table__name">
                <Link to={paths.organizerExpert.href(expert.id)}>{expert.fullName}</Link>
                <span className="roster-table__email">{expert.email}</span>
              </th>
              <td>
                <span className="roster-table__code">{expert.region.code}</span> {expert.region.name}
              </td>
              <td>
                <AffiliationList affiliations={expert.affiliations} />
              </td>
              <td>
                <Badge tone={expert.active ? 'success' : 'neutral'}>
                  {t(expert.active ? 'organizer.roster.status.active' : 'organizer.roster.status.inactive')}
                </Badge>
              </td>
              <td className="roster-table__load">
                <LoadMeter load={expert.load} cap={expert.loadCap} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
