import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AggregationMethod } from '@/api/schemas/contests';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { COMPARISON_PAGE_SIZE, comparisonQueryOptions } from '../queries';
import { METHODS } from '../ranking-params';
import { RankMove } from './rank-move';

interface MethodComparisonProps {
  stageId: string;
  nominationId: string;
  lead: AggregationMethod;
  official: AggregationMethod;
  page: number;
  onPage: (page: number) => void;
}

/** How each application's rank moves from the method on screen to every other method. */
export function MethodComparison({
  stageId,
  nominationId,
  lead,
  official,
  page,
  onPage,
}: MethodComparisonProps) {
  const { t } = useTranslation();
  const { data } = useQuery(comparisonQueryOptions(stageId, nominationId, lead, page));
  const others = METHODS.filter((m) => m !== lead);
  if (data === undefined) return <Skeleton lines={6} label={t('app.loading')} />;
  const methodLabel = (m: AggregationMethod) =>
    m === official
      ? `${t(`rankings.method.${m}`)} · ${t('rankings.method.official')}`
      : t(`rankings.method.${m}`);
  return (
    <section className="method-comparison">
      <p className="method-comparison__lead">
        {t('rankings.compare.lead', { method: t(`rankings.method.${lead}`) })}
      </p>
      <div className="ranking-scroll ranking-scroll--auto">
        <table className="ranking-table method-comparison__table">
          <caption className="visually-hidden">{t('rankings.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rankings.columns.id')}</th>
              <th scope="col">{t('rankings.compare.application')}</th>
              <th scope="col" className="num">
                {methodLabel(lead)}
              </th>
              {others.map((m) => (
                <th key={m} scope="col" className="num">
                  {methodLabel(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.items.map((row) => {
              const leadRank = row.ranks[lead] ?? null;
              return (
                <tr key={row.applicationId}>
                  <td>{row.applicationId}</td>
                  <td className="ranking-table__text" title={row.title}>
                    {row.title}
                  </td>
                  <td className="num ranking-table__rank">{leadRank ?? t('rankings.compare.unscored')}</td>
                  {others.map((m) => (
                    <td key={m} className="num">
                      <RankMove rank={row.ranks[m] ?? null} from={leadRank} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page}
        pageCount={Math.ceil(data.total / COMPARISON_PAGE_SIZE)}
        onPageChange={onPage}
        labels={{
          nav: t('rankings.compare.pagination.nav'),
          previous: t('rankings.compare.pagination.previous'),
          next: t('rankings.compare.pagination.next'),
          page: (p) => t('rankings.compare.pagination.page', { page: p }),
        }}
      />
    </section>
  );
}
