import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, useSearchParams } from 'react-router';
import type { Stage } from '@/api/schemas/contests';
import type { Assignment } from '@/api/schemas/sheets';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { parseListSearch, type AssignmentSort, type ListKey } from '../list-params';
import { assignmentsQueryOptions } from '../queries';
import { AssignDialog } from './assign-dialog';
import { AssignmentFilters } from './assignment-filters';
import { AssignmentTable } from './assignment-table';
import { BulkBar } from './bulk-bar';
import { UnassignDialog } from './unassign-dialog';

interface AssignmentListProps {
  contestId: string;
  stage: Stage;
  onNotice: (message: string) => void;
}

type Dialog = { kind: 'assign'; applicationIds: string[] } | { kind: 'unassign'; rows: Assignment[] } | null;

/** The stage's assignments, filtered, sorted and paged by the server; the view lives in the URL. */
export function AssignmentList({ contestId, stage, onNotice }: AssignmentListProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const busy = useNavigation().state === 'loading';
  const params = parseListSearch(searchParams);
  const { data } = useSuspenseQuery(assignmentsQueryOptions(contestId, stage.id, params));
  // Selection belongs to the rows on screen; another page or filter starts a new one.
  const viewKey = JSON.stringify(params);
  const [selection, setSelection] = useState<{ view: string; rows: ReadonlyMap<string, Assignment> }>({
    view: viewKey,
    rows: new Map(),
  });
  const selected = selection.view === viewKey ? selection.rows : new Map<string, Assignment>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const closed = stage.status === 'closed';

  function update(changes: Partial<Record<ListKey, string | undefined>>): void {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setSearchParams(next, { preventScrollReset: true });
  }

  function select(rows: ReadonlyMap<string, Assignment>): void {
    setSelection({ view: viewKey, rows });
  }

  return (
    <section className="asg-section" aria-labelledby="list-title">
      <div className="asg-section__head">
        <h3 className="asg-section__title" id="list-title">
          {t('organizer.assignments.list.title')}
        </h3>
        {closed ? null : (
          <Button onClick={() => setDialog({ kind: 'assign', applicationIds: [] })}>
            {t('organizer.assignments.list.assign')}
          </Button>
        )}
      </div>
      <AssignmentFilters contestId={contestId} params={params} onChange={update} />
      <p className="asg-found" role="status">
        {t('organizer.assignments.list.found', { count: data.total })}
      </p>
      {selected.size > 0 && !closed ? (
        <BulkBar
          count={selected.size}
          onAssign={() =>
            setDialog({
              kind: 'assign',
              applicationIds: [...new Set([...selected.values()].map((a) => a.applicationId))],
            })
          }
          onUnassign={() => setDialog({ kind: 'unassign', rows: [...selected.values()] })}
          onClear={() => select(new Map())}
        />
      ) : null}
      {data.total === 0 ? (
        <EmptyState
          title={t('organizer.assignments.list.empty')}
          hint={t('organizer.assignments.list.emptyHint')}
        />
      ) : (
        <AssignmentTable
          contestId={contestId}
          page={data}
          sort={params.sort}
          busy={busy}
          selectable={!closed}
          selected={selected}
          onSelect={select}
          onSort={(sort: AssignmentSort) => update({ sort })}
          onUnassign={(row) => setDialog({ kind: 'unassign', rows: [row] })}
        />
      )}
      <Pagination
        page={params.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        onPageChange={(page) => update({ page: String(page) })}
        labels={{
          nav: t('organizer.assignments.list.pages.nav'),
          previous: t('organizer.assignments.list.pages.previous'),
          next: t('organizer.assignments.list.pages.next'),
          page: (page) => t('organizer.assignments.list.pages.page', { page }),
        }}
      />
      <AssignDialog
        key={dialog?.kind === 'assign' ? dialog.applicationIds.join() : 'assign-closed'}
        open={dialog?.kind === 'assign'}
        contestId={contestId}
        stageId={stage.id}
        initialApplicationIds={dialog?.kind === 'assign' ? dialog.applicationIds : []}
        onClose={() => setDialog(null)}
        onDone={(message) => {
          setDialog(null);
          select(new Map());
          onNotice(message);
        }}
      />
      <UnassignDialog
        key={dialog?.kind === 'unassign' ? dialog.rows.map((r) => r.id).join() : 'unassign-closed'}
        open={dialog?.kind === 'unassign'}
        contestId={contestId}
        stageId={stage.id}
        rows={dialog?.kind === 'unassign' ? dialog.rows : []}
        onClose={() => setDialog(null)}
        onDone={(message) => {
          setDialog(null);
          select(new Map());
          onNotice(message);
        }}
      />
    </section>
  );
}
