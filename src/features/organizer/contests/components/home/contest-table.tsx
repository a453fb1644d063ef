import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { parseContestPage } from '../../list-params';
import { CONTEST_PAGE_SIZE, contestListQueryOptions } from '../../queries';

const STATUS_TONE = { draft: 'neutral', active: 'success', finished: 'info' } as const;

/** Contests newest first, each title a link into its set-up area. */
export function ContestTable({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [search, setSearch] = useSearchParams();
  const page = parseContestPage(search);
  const query = useQuery(contestListQueryOptions({ page, pageSize: CONTEST_PAGE_SIZE }));

  if (query.isPending) return <Skeleton lines={4} label={t('app.loading')} />;
  if (query.isError) throw query.error;
  if (query.data.total === 0) {
    return (
      <EmptyState
        title={t('organizer.contests.home.empty')}
        hint={t('organizer.contests.home.emptyHint')}
        action={<Button onClick={onCreate}>{t('organizer.contests.home.create')}</Button>}
      />
    );
  }
  return (
    <>
      <div className="contests-table-wrap">
        <table className="contests-table">
          <caption className="visually-hidden">{t('organizer.contests.home.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organizer.contests.home.columns.title')}</th>
              <th scope="col">{t('organizer.contests.home.columns.kind')}</th>
              <th scope="col">{t('organizer.contests.home.columns.status')}</th>
              <th scope="col">{t('organizer.contests.home.columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.items.map((contest) => (
              <tr key={contest.id}>
                <th scope="row" className="contests-table__title">
                  <Link to={paths.organizerContest.href(contest.id)}>{contest.title}</Link>
                </th>
                <td>{t(`contest.kind.${contest.kind}`)}</td>
                <td>
                  <Badge tone={STATUS_TONE[contest.status]}>{t(`contest.status.${contest.status}`)}</Badge>
                </td>
                <td>
                  <time dateTime={contest.updatedAt}>{formatDateTime(locale, contest.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        pageCount={Math.ceil(query.data.total / CONTEST_PAGE_SIZE)}
        onPageChange={(next) => setSearch(next === 1 ? {} : { page: String(next) })}
        labels={{
          nav: t('organizer.contests.home.pagination.nav'),
          previous: t('organizer.contests.home.pagination.previous'),
          next: t('organizer.contests.home.pagination.next'),
          page: (n) => t('organizer.contests.home.pagination.page', { page: n }),
        }}
      />
    </>
  );
}
