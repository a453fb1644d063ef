import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigation, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { auditSearch, parseAuditSearch, type AuditParams } from '../audit-params';
import { auditQueryOptions } from '../queries';
import { AuditFilters } from './audit-filters';
import { AuditRow } from './audit-row';
import '../audit.css';

/** Every change in the contest, newest first, filtered and paged on the server through the URL. */
export function AuditView({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const busy = useNavigation().state === 'loading';
  const params = parseAuditSearch(searchParams);
  const { data } = useSuspenseQuery(auditQueryOptions(contestId, params));
  // Every event of a person-filtered page is theirs, so the first one names them.
  const actorName = params.actorId === undefined ? undefined : data.items[0]?.actor.name;
  const href = (next: Partial<AuditParams>) =>
    paths.organizerAudit.href(contestId, auditSearch({ ...params, page: 1, ...next }));

  function go(next: Partial<AuditParams>): void {
    setSearchParams(auditSearch({ ...params, page: 1, ...next }), { preventScrollReset: true });
  }

  return (
    <section className="audit" aria-labelledby="audit-title">
      <h2 className="audit__title" id="audit-title">
        {t('organizer.audit.title')}
      </h2>
      <p className="audit__intro">{t('organizer.audit.intro')}</p>
      <AuditFilters
        key={`${params.objectType ?? ''}|${params.objectId ?? ''}`}
        params={params}
        actorName={actorName}
        onApply={(filters) => go(filters)}
      />
      <p className="audit__found" role="status">
        {t('organizer.audit.found', { count: data.total })}
      </p>
      {data.total === 0 ? (
        <EmptyState title={t('organizer.audit.empty')} hint={t('organizer.audit.emptyHint')} />
      ) : (
        <div className={busy ? 'data-table-wrap data-table-wrap--busy' : 'data-table-wrap'}>
          <table className="data-table audit-table" aria-busy={busy || undefined}>
            <caption className="data-table__caption">{t('organizer.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organizer.audit.columns.at')}</th>
                <th scope="col">{t('organizer.audit.columns.actor')}</th>
                <th scope="col">{t('organizer.audit.columns.object')}</th>
                <th scope="col">{t('organizer.audit.columns.action')}</th>
                <th scope="col">{t('organizer.audit.columns.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((event) => (
                <AuditRow
                  key={event.id}
                  event={event}
                  actorHref={href({ actorId: event.actor.id })}
                  objectHref={href({ objectType: event.objectType, objectId: event.objectId })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={params.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        onPageChange={(page) => go({ page })}
        labels={{
          nav: t('organizer.audit.pages.nav'),
          previous: t('organizer.audit.pages.previous'),
          next: t('organizer.audit.pages.next'),
          page: (page) => t('organizer.audit.pages.page', { page }),
        }}
      />
    </section>
  );
}
