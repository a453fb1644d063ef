import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation, useSearchParams } from 'react-router';
import { contestNominationsQueryOptions } from '@/api/structure-queries';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { parseDivergenceSearch } from '../list-params';
import { divergencesQueryOptions } from '../queries';

interface DivergenceListProps {
  stageId: string;
  contestId: string;
}

/** Flagged applications, widest spread first, with the rule each one tripped in words. */
export function DivergenceList({ stageId, contestId }: DivergenceListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const busy = useNavigation().state === 'loading';
  const params = parseDivergenceSearch(searchParams);
  const { data } = useSuspenseQuery(divergencesQueryOptions(stageId, params));
  const { data: nominations } = useSuspenseQuery(contestNominationsQueryOptions(contestId));
  const titleOf = new Map(nominations.items.map((n) => [n.id, n.title]));

  function go(nominationId: string | undefined, page: number): void {
    const search = new URLSearchParams();
    if (nominationId !== undefined) search.set('nomination', nominationId);
    if (page > 1) search.set('page', String(page));
    setSearchParams(search, { preventScrollReset: true });
  }

  return (
    <>
      <div className="oversight-toolbar">
        <SelectField
          className="oversight-toolbar__select"
          label={t('oversight.divergences.nomination')}
          value={params.nominationId ?? ''}
          onChange={(event) => go(event.target.value || undefined, 1)}
        >
          <option value="">{t('oversight.divergences.allNominations')}</option>
          {nominations.items.map((n) => (
            <option key={n.id} value={n.id}>
              {n.title}
            </option>
          ))}
        </SelectField>
        <p className="oversight-toolbar__end" role="status">
          {t('oversight.divergences.found', { count: data.total })}
        </p>
      </div>
      {data.total === 0 ? (
        <EmptyState title={t('oversight.divergences.empty')} hint={t('oversight.divergences.emptyHint')} />
      ) : (
        <div className={busy ? 'data-table-wrap data-table-wrap--busy' : 'data-table-wrap'}>
          <table className="data-table data-table--rows data-table--inset" aria-busy={busy || undefined}>
            <caption className="data-table__caption">{t('oversight.divergences.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('oversight.divergences.columns.id')}</th>
                <th scope="col">{t('oversight.divergences.columns.application')}</th>
                <th scope="col" className="data-table__num">
                  {t('oversight.divergences.columns.spread')}
                </th>
                <th scope="col" className="data-table__num">
                  {t('oversight.divergences.columns.sheets')}
                </th>
                <th scope="col">{t('oversight.divergences.columns.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((row) => (
                <tr key={row.applicationId}>
                  <td className="oversight-table__id">{row.applicationId}</td>
                  <td className="divergence__application">
                    <Link to={paths.applicationSheets.href(stageId, row.applicationId)}>{row.title}</Link>
                    <span className="oversight-muted divergence__nomination">
                      {titleOf.get(row.nominationId) ?? row.nominationId}
                    </span>
                  </td>
                  <td className="data-table__num">{formatNumber(locale, row.spread, 1)}</td>
                  <td className="data-table__num">{formatNumber(locale, row.sheetCount)}</td>
                  <td>
                    <ul className="divergence__reasons">
                      {row.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={params.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        onPageChange={(page) => go(params.nominationId, page)}
        labels={{
          nav: t('oversight.progress.pages.nav'),
          previous: t('oversight.progress.pages.previous'),
          next: t('oversight.progress.pages.next'),
          page: (page) => t('oversight.progress.pages.page', { page }),
        }}
      />
    </>
  );
}
