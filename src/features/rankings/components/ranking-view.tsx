import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contestNominationsQueryOptions, stageWithContestQueryOptions } from '@/api/structure-queries';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { formatMoney } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { allColumns, visibleColumns } from '../columns';
import { dividerIndex, scenarioCode } from '../cutline';
import { cutlineQueryOptions, rankingPageQueryOptions } from '../queries';
import { rankingSearchOf } from '../ranking-params';
import { rankingRequestOf } from '../ranking-request';
import { useColumnVisibility } from '../store';
import { useRankingParams } from '../use-ranking-params';
import { ColumnChooser } from './column-chooser';
import { CutlinePanel } from './cutline-panel';
import { ExportButtons } from './export-buttons';
import { MethodComparison } from './method-comparison';
import { MethodSwitch } from './method-switch';
import { NominationPicker } from './nomination-picker';
import { RankingFilters } from './ranking-filters';
import { RankingTable } from './ranking-table';
import { useScenarioName } from './scenario-name';

export function RankingView({ stageId, nominationId }: { stageId: string; nominationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const { params, view, busy, update } = useRankingParams();
  const { data: context } = useSuspenseQuery(stageWithContestQueryOptions(stageId));
  const { data: nominations } = useSuspenseQuery(contestNominationsQueryOptions(context.contest.id));
  const request = rankingRequestOf(stageId, nominationId, params);
  const { data: first } = useSuspenseQuery(rankingPageQueryOptions(request, 1));
  const official = context.contest.settings.aggregationMethod;
  const choices = useColumnVisibility();
  const columnsAll = useMemo(() => allColumns(first.criteria), [first.criteria]);
  const columns = useMemo(() => visibleColumns(columnsAll, choices), [columnsAll, choices]);
  const scenarioName = useScenarioName();
  const active = params.scenarios[params.line] ?? null;
  const { data: cut } = useQuery({
    ...cutlineQueryOptions(stageId, nominationId, params.method, active ?? { kind: 'winners', value: 0 }),
    enabled: active !== null,
  });
  const shownCut = active === null ? undefined : cut;
  const winnerIds = useMemo(
    () => (shownCut === undefined ? null : new Set(shownCut.rows.map((r) => r.applicationId))),
    [shownCut],
  );
  const filtered = params.q !== '' || params.flag !== null;
  const at =
    shownCut === undefined ? null : dividerIndex(shownCut.winners, first.total, params.sort, filtered);
  const divider =
    at === null || active === null || shownCut === undefined
      ? null
      : {
          at,
          label: t('rankings.cutline.divider', {
            name: scenarioName(active),
            winners: t('rankings.cutline.winners', { count: shownCut.winners }),
            total: formatMoney(locale, shownCut.totalRequested),
          }),
        };
  const nomination = nominations.items.find((n) => n.id === nominationId);

  return (
    <div className="ranking-page">
      {/* The stage layout above holds the page's h1 (contest and stage); this is its section. */}
      <div className="ranking-head">
        <h2 className="ranking-head__title">
          {t('rankings.pageTitle', { nomination: nomination?.title ?? nominationId })}
        </h2>
        <ExportButtons
          stageId={stageId}
          nominationId={nominationId}
          method={params.method}
          protocolHref={paths.protocol.href(
            stageId,
            nominationId,
            params.method,
            active === null ? null : scenarioCode(active),
          )}
        />
      </div>
      <div className="ranking-controls">
        <NominationPicker
          nominations={nominations.items}
          value={nominationId}
          onChange={(id) =>
            void navigate(paths.ranking.href(stageId, id, rankingSearchOf({ method: view.method })))
          }
        />
        <MethodSwitch
          method={view.method ?? official}
          official={official}
          onChange={(m) => update({ method: m === official ? null : m })}
        />
      </div>
      {params.method !== null && params.method !== official ? (
        <Alert tone="warning">
          {t('rankings.method.unofficial', { method: t(`rankings.method.${official}`) })}
        </Alert>
      ) : null}
      <CutlinePanel
        stageId={stageId}
        nominationId={nominationId}
        method={params.method}
        scenarios={view.scenarios}
        line={view.line}
        onChange={(scenarios, line) => update({ scenarios, line }, { replace: true })}
      />
      <div className="ranking-tabs" role="group" aria-label={t('rankings.tabs.label')}>
        {(['table', 'compare'] as const).map((tab) => (
          <button
            key={tab}
            type="button"
            className="ranking-tabs__tab"
            aria-pressed={view.tab === tab}
            onClick={() => update({ tab })}
          >
            {t(`rankings.tabs.${tab}`)}
          </button>
        ))}
      </div>
      {params.tab === 'compare' ? (
        <MethodComparison
          stageId={stageId}
          nominationId={nominationId}
          lead={first.method}
          official={official}
          page={params.comparePage}
          onPage={(comparePage) => update({ comparePage })}
        />
      ) : (
        <div
          className={busy ? 'ranking-results ranking-results--busy' : 'ranking-results'}
          aria-busy={busy || undefined}
        >
          <div className="ranking-toolbar">
            <RankingFilters
              q={view.q}
              flag={view.flag}
              onSearch={(q) => update({ q })}
              onFlag={(flag) => update({ flag })}
            />
            <p className="ranking-toolbar__count" role="status">
              {t('counts.applications', { count: first.total })}
            </p>
            <ColumnChooser columns={columnsAll} />
          </div>
          {shownCut !== undefined && divider === null && (filtered || !params.sort.endsWith('rank')) ? (
            <p className="ranking-note">{t('rankings.cutline.lineHidden')}</p>
          ) : null}
          {first.total === 0 ? (
            <EmptyState title={t('rankings.table.empty')} hint={t('rankings.table.emptyHint')} />
          ) : (
            <RankingTable
              request={request}
              total={first.total}
              columns={columns}
              criteria={first.criteria}
              divider={divider}
              winnerIds={winnerIds}
              onSort={(sort) => update({ sort })}
            />
          )}
        </div>
      )}
    </div>
  );
}
