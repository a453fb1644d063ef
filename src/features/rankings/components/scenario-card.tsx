import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AggregationMethod } from '@/api/schemas/contests';
import { Button } from '@/components/ui/button';
import { formatMoney, formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { marginalRow, type Scenario } from '../cutline';
import { cutlineQueryOptions } from '../queries';
import { useScenarioName } from './scenario-name';

interface ScenarioCardProps {
  stageId: string;
  nominationId: string;
  method: AggregationMethod | null;
  scenario: Scenario;
  shown: boolean;
  onShow: () => void;
  onRemove: () => void;
}

export function ScenarioCard({
  stageId,
  nominationId,
  method,
  scenario,
  shown,
  onShow,
  onRemove,
}: ScenarioCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = useScenarioName()(scenario);
  const { data } = useQuery(cutlineQueryOptions(stageId, nominationId, method, scenario));
  const marginal = data === undefined ? null : marginalRow(data.rows);
  return (
    <article className={shown ? 'scenario-card scenario-card--shown' : 'scenario-card'} aria-label={name}>
      <h3 className="scenario-card__title">{name}</h3>
      {data === undefined ? (
        <p className="scenario-card__loading">{t('app.loading')}</p>
      ) : (
        <dl className="scenario-card__facts">
          <div className="scenario-card__winners">
            {t('rankings.cutline.winners', { count: data.winners })}
          </div>
          <div>
            <dt>{t('rankings.cutline.total')}</dt>
            <dd className="scenario-card__total">{formatMoney(locale, data.totalRequested)}</dd>
          </div>
          <div>
            <dt>{t('rankings.cutline.marginal')}</dt>
            <dd>
              {marginal === null ? (
                t('rankings.cutline.nobody')
              ) : (
                <>
                  <span className="scenario-card__id">{marginal.applicationId}</span> {marginal.title}
                  {marginal.score === null
                    ? null
                    : ` (${t('rankings.cutline.marginalScore', { score: formatNumber(locale, marginal.score) })})`}
                </>
              )}
            </dd>
          </div>
        </dl>
      )}
      <div className="scenario-card__actions">
        <Button variant={shown ? 'primary' : 'secondary'} size="sm" aria-pressed={shown} onClick={onShow}>
          {shown ? t('rankings.cutline.shown') : t('rankings.cutline.show')}
        </Button>
        <Button
          variant="ghost"
          size="sm"
          aria-label={t('rankings.cutline.remove', { name })}
          onClick={onRemove}
        >
          ✕
        </Button>
      </div>
    </article>
  );
}
