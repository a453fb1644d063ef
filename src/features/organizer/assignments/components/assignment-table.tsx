import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AssignmentPage } from '@/api/schemas/assignments';
import type { Assignment } from '@/api/schemas/sheets';
import { SortHeader } from '@/components/ui/sort-header';
import { nominationsQueryOptions } from '../../shared/queries';
import type { AssignmentSort, AssignmentSortField } from '../list-params';
import { useExpertDirectory } from '../use-expert-names';
import { AssignmentRow } from './assignment-row';

interface AssignmentTableProps {
  contestId: string;
  page: AssignmentPage;
  sort: AssignmentSort;
  busy: boolean;
  selectable: boolean;
  selected: ReadonlyMap<string, Assignment>;
  onSelect: (rows: ReadonlyMap<string, Assignment>) => void;
  onSort: (sort: AssignmentSort) => void;
  onUnassign: (row: Assignment) => void;
}

const SORTABLE: { field: AssignmentSortField; column: 'application' | 'expert' | 'status' | 'updated' }[] = [
  { field: 'applicationId', column: 'application' },
  { field: 'expertId', column: 'expert' },
  { field: 'status', column: 'status' },
  { field: 'updatedAt', column: 'updated' },
];

export function AssignmentTable({
  contestId,
  page,
  sort,
  busy,
  selectable,
  selected,
  onSelect,
  onSort,
  onUnassign,
}: AssignmentTableProps) {
  const { t } = useTranslation();
  const { byId } = useExpertDirectory();
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const titleOf = new Map(nominations.items.map((n) => [n.id, n.title]));
  const from = (page.page - 1) * page.pageSize + 1;
  const to = from + page.items.length - 1;
  const allOnPage = page.items.length > 0 && page.items.every((a) => selected.has(a.id));

  function header(field: AssignmentSortField, column: (typeof SORTABLE)[number]['column']) {
    const label = t(`organizer.assignments.list.columns.${column}`);
    return (
      <SortHeader
        key={field}
        field={field}
        label={label}
        sort={sort}
        firstDescending={field === 'updatedAt'}
        onSort={onSort}
        hint={t('organizer.assignments.list.sortBy', { column: label })}
      />
    );
  }

  function toggle(row: Assignment, on: boolean): void {
    const next = new Map(selected);
    if (on) next.set(row.id, row);
    else next.delete(row.id);
    onSelect(next);
  }

  const [application, expert, status, updated] = SORTABLE.map((s) => header(s.field, s.column));

  return (
    <div className={busy ? 'asg-table-wrap asg-table-wrap--busy' : 'asg-table-wrap'}>
      <table className="data-table data-table--rows asg-table" aria-busy={busy || undefined}>
        <caption className="asg-table__caption">
          {t('organizer.assignments.list.caption')}{' '}
          <span className="asg-table__sub">
            {t('organizer.assignments.list.range', { from, to, total: page.total })}
          </span>
        </caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="asg-table__check">
                <input
                  type="checkbox"
                  aria-label={t('organizer.assignments.list.selectAll')}
                  checked={allOnPage}
                  onChange={(event) =>
                    onSelect(event.target.checked ? new Map(page.items.map((a) => [a.id, a])) : new Map())
                  }
                />
              </th>
            ) : null}
            {application}
            <th scope="col">{t('organizer.assignments.list.columns.nomination')}</th>
            {expert}
            {status}
            <th scope="col">{t('organizer.assignments.list.columns.due')}</th>
            {updated}
            {selectable ? <th scope="col">{t('organizer.assignments.list.columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {page.items.map((row) => (
            <AssignmentRow
              key={row.id}
              row={row}
              expert={byId.get(row.expertId)}
              nomination={titleOf.get(row.nominationId) ?? row.nominationId}
              selectable={selectable}
              checked={selected.has(row.id)}
              onToggle={(on) => toggle(row, on)}
              onUnassign={() => onUnassign(row)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
