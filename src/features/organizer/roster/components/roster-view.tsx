import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { isFiltered } from '../list-params';
import { expertListQueryOptions } from '../queries';
import { useExpertiseGroups } from '../use-expertise-groups';
import { useRosterParams } from '../use-roster-params';
import { AddExpertDialog } from './add-expert-dialog';
import { ExpertImportPanel } from './expert-import-panel';
import { RosterEmpty } from './roster-empty';
import { RosterFilters } from './roster-filters';
import { RosterTable } from './roster-table';
import '../roster.css';

/** The expert pool: server-side search, filters, order and pages, all kept in the URL. */
export function RosterView() {
  const { t } = useTranslation();
  const { params, view, busy, update, reset } = useRosterParams();
  const { data } = useSuspenseQuery(expertListQueryOptions(params));
  const groups = useExpertiseGroups();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <div className="roster-toolbar">
        <Button
          onClick={() => {
            setNotice(null);
            setAdding(true);
          }}
        >
          {t('organizer.roster.actions.add')}
        </Button>
        <Button
          variant="secondary"
          aria-expanded={importing}
          aria-controls="roster-import"
          onClick={() => setImporting((open) => !open)}
        >
          {importing ? t('organizer.roster.actions.closeImport') : t('organizer.roster.actions.import')}
        </Button>
      </div>
      {/* Always mounted, so screen readers announce the text when it appears. */}
      <div role="status" className="roster-notice">
        {notice === null ? null : <p className="alert alert--success">{notice}</p>}
      </div>
      <div id="roster-import">{importing ? <ExpertImportPanel groups={groups} /> : null}</div>
      <RosterFilters view={view} groups={groups} onChange={update} onReset={reset} />
      <p className="visually-hidden" role="status">
        {busy ? t('organizer.roster.table.updating') : t('organizer.roster.found', { count: data.total })}
      </p>
      {data.total === 0 ? (
        <RosterEmpty filtered={isFiltered(params)} onReset={reset} onAdd={() => setAdding(true)} />
      ) : (
        <RosterTable data={data} sort={view.sort} busy={busy} onSort={(sort) => update({ sort })} />
      )}
      <Pagination
        page={params.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        onPageChange={(page) => update({ page })}
        labels={{
          nav: t('organizer.roster.pages.nav'),
          previous: t('organizer.roster.pages.previous'),
          next: t('organizer.roster.pages.next'),
          page: (page) => t('organizer.roster.pages.page', { page }),
        }}
      />
      <AddExpertDialog
        open={adding}
        groups={groups}
        onClose={() => setAdding(false)}
        onAdded={(expert) => {
          setAdding(false);
          setNotice(t('organizer.roster.added', { name: expert.fullName }));
        }}
      />
    </>
  );
}
