import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { contestNominationsQueryOptions, stageWithContestQueryOptions } from '@/api/structure-queries';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { formatDate, formatMoney, formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { dividerIndex, parseScenario } from '../cutline';
import { cutlineQueryOptions, fullRankingQueryOptions } from '../queries';
import { parseRankingSearch, rankingSearchOf } from '../ranking-params';
import { ProtocolTable } from './protocol-table';
import { useScenarioName } from './scenario-name';

/** «Сводная ведомость»: the whole ranking of a nomination on paper, with the cut-line and signatures. */
export function ProtocolView({ stageId, nominationId }: { stageId: string; nominationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [search] = useSearchParams();
  const method = parseRankingSearch(search).method;
  const scenario = parseScenario(search.get('cut') ?? '');
  const { data: context } = useSuspenseQuery(stageWithContestQueryOptions(stageId));
  const { data: nominations } = useSuspenseQuery(contestNominationsQueryOptions(context.contest.id));
  const { data: ranking } = useSuspenseQuery(fullRankingQueryOptions(stageId, nominationId, method));
  const { data: cut } = useQuery({
    ...cutlineQueryOptions(stageId, nominationId, method, scenario ?? { kind: 'winners', value: 0 }),
    enabled: scenario !== null,
  });
  const scenarioName = useScenarioName();
  const nomination = nominations.items.find((n) => n.id === nominationId);
  const shownMethod = ranking.first.method;
  const at =
    scenario === null || cut === undefined
      ? null
      : dividerIndex(cut.winners, ranking.rows.length, 'rank', false);
  const summary =
    scenario === null || cut === undefined
      ? null
      : t('rankings.protocol.cutlineSummary', {
          name: scenarioName(scenario),
          winners: t('rankings.cutline.winners', { count: cut.winners }),
          total: formatMoney(locale, cut.totalRequested),
        });
  const backSearch = rankingSearchOf({ method, scenarios: scenario === null ? [] : [scenario] });

  return (
    <article className="protocol">
      <div className="protocol__toolbar no-print">
        <Link className="btn btn--ghost btn--sm" to={paths.ranking.href(stageId, nominationId, backSearch)}>
          ← {t('rankings.protocol.back')}
        </Link>
        <Button size="sm" onClick={() => window.print()}>
          {t('rankings.protocol.print')}
        </Button>
      </div>
      <header className="protocol__header">
        <h1 className="protocol__title">{t('rankings.protocol.title')}</h1>
        <p className="protocol__subtitle">{t('rankings.protocol.subtitle')}</p>
        <dl className="protocol__facts">
          <dt>{t('rankings.protocol.contest')}</dt>
          <dd>{context.contest.title}</dd>
          <dt>{t('rankings.protocol.stage')}</dt>
          <dd>{context.stage.title}</dd>
          <dt>{t('rankings.protocol.nomination')}</dt>
          <dd>{nomination?.title ?? nominationId}</dd>
          <dt>{t('rankings.protocol.method')}</dt>
          <dd>
            {t(`rankings.method.${shownMethod}`)}
            {shownMethod === context.contest.settings.aggregationMethod
              ? ` (${t('rankings.method.official')})`
              : null}
          </dd>
          <dt>{t('rankings.protocol.maxTotal')}</dt>
          <dd>{formatNumber(locale, ranking.first.maxTotal)}</dd>
          <dt>{t('rankings.protocol.applications')}</dt>
          <dd>{ranking.rows.length}</dd>
          {summary === null ? null : (
            <>
              <dt>{t('rankings.protocol.cutline')}</dt>
              <dd>{summary}</dd>
            </>
          )}
          <dt>{t('rankings.protocol.date')}</dt>
          <dd>{formatDate(locale, ranking.first.computedAt)}</dd>
        </dl>
      </header>
      <ProtocolTable rows={ranking.rows} dividerAt={at} dividerLabel={summary ?? ''} />
      <footer className="protocol__signatures">
        {(['chair', 'secretary'] as const).map((role) => (
          <div key={role} className="protocol__signature">
            <span className="protocol__role">{t(`rankings.protocol.${role}`)}</span>
            <span className="protocol__line">
              <span className="protocol__caption">{t('rankings.protocol.signature')}</span>
            </span>
            <span className="protocol__line">
              <span className="protocol__caption">{t('rankings.protocol.fullName')}</span>
            </span>
          </div>
        ))}
      </footer>
    </article>
  );
}
