import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { nominationsQueryOptions } from '../../shared/queries';
import {
  applicationSearchOf,
  isFiltered,
  parseApplicationSearch,
  type ApplicationListParams,
} from '../list-params';
import { applicationsQueryOptions } from '../queries';
import { ApplicationFilters } from './application-filters';
import { ApplicationsTable } from './applications-table';
import { ScreeningDialog, type ScreeningTarget } from './screening-dialog';
import '../applications.css';

/** The contest's applications: server-side search, filters, sort and pages, all kept in the URL. */
export function ApplicationsView({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const busy = useNavigation().state === 'loading';
  const params = parseApplicationSearch(searchParams);
  const { data: page } = useSuspenseQuery(applicationsQueryOptions(contestId, params));
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const ordered = [...nominations.items].sort((a, b) => a.order - b.order);
  const nominationTitles = new Map(ordered.map((nomination) => [nomination.id, nomination.title]));
  const [target, setTarget] = useState<ScreeningTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function update(patch: Partial<ApplicationListParams>): void {
    setNotice(null);
    setSearchParams(applicationSearchOf({ ...params, page: 1, ...patch }), { preventScrollReset: true });
  }

  const importLink = (
    <Link className="btn btn--primary" to={paths.organizerImport.href(contestId)}>
      {t('organizer.applications.importLink')}
    </Link>
  );

  return (
    <section className="applications-page" aria-labelledby="applications-title">
      <div className="applications-page__head">
        <div>
          <h2 className="applications-page__title" id="applications-title">
            {t('organizer.applications.title')}
          </h2>
          <p className="applications-page__intro">{t('organizer.applications.intro')}</p>
        </div>
        {importLink}
      </div>
      <ApplicationFilters
        params={params}
        nominations={ordered}
        onChange={update}
        onReset={() => update({ q: undefined, nominationId: undefined, screening: undefined })}
      />
      {/* Always mounted, so screen readers announce the count and the decision when they change. */}
      <div role="status" className="applications-status">
        {notice === null ? null : <p className="alert alert--success">{notice}</p>}
        {page.total > 0 ? (
          <p className="applications-count">{t('organizer.applications.found', { count: page.total })}</p>
        ) : null}
      </div>
      {page.total === 0 ? (
        isFiltered(params) ? (
          <EmptyState
            title={t('organizer.applications.empty.filteredTitle')}
            hint={t('organizer.applications.empty.filteredHint')}
          />
        ) : (
          <EmptyState
            title={t('organizer.applications.empty.title')}
            hint={t('organizer.applications.empty.hint')}
            action={importLink}
          />
        )
      ) : (
        <ApplicationsTable
          page={page}
          nominationTitles={nominationTitles}
          sort={params.sort}
          busy={busy}
          onSort={(sort) => update({ sort })}
          onDecide={(application, decision) => {
            setNotice(null);
            setTarget({ application, decision });
          }}
        />
      )}
      <Pagination
        page={params.page}
        pageCount={Math.ceil(page.total / page.pageSize)}
        onPageChange={(next) => update({ page: next })}
        labels={{
          nav: t('organizer.applications.pages.nav'),
          previous: t('organizer.applications.pages.previous'),
          next: t('organizer.applications.pages.next'),
          page: (n) => t('organizer.applications.pages.page', { page: n }),
        }}
      />
      <ScreeningDialog
        contestId={contestId}
        target={target}
        onClose={() => setTarget(null)}
        onDone={(id, decision) => {
          setTarget(null);
          setNotice(t(`organizer.applications.screened.${decision}`, { id }));
        }}
      />
    </section>
  );
}
