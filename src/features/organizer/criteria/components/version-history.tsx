import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { criteriaVersionsQueryOptions } from '../queries';
import { diffCriteria } from '../version-diff';
import { ChangeList } from './change-list';

const CHANGE_KEY = {
  created: 'changeCreated',
  structure: 'changeStructure',
  wording: 'changeWording',
} as const;

/** Every version, newest first: who, when, what kind of change and what exactly changed. */
export function VersionHistory({ contestId, criteriaSetId }: { contestId: string; criteriaSetId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const versions = useQuery(criteriaVersionsQueryOptions(contestId, criteriaSetId));

  let body;
  if (versions.isPending) body = <Skeleton lines={4} label={t('organizer.criteria.history.loading')} />;
  else if (versions.isError)
    body = (
      <Alert tone="danger" live="assertive" title={t('organizer.criteria.history.failed')}>
        <Button variant="secondary" size="sm" onClick={() => void versions.refetch()}>
          {t('organizer.criteria.history.retry')}
        </Button>
      </Alert>
    );
  else if (versions.data.items.length === 0) body = <p>{t('organizer.criteria.history.empty')}</p>;
  else {
    const items = versions.data.items;
    const latest = items.at(-1)?.version;
    body = (
      <ol className="cs-history" reversed>
        {[...items].reverse().map((v) => {
          const previous = items.find((p) => p.version === v.version - 1);
          const changes = previous === undefined ? [] : diffCriteria(previous.criteria, v.criteria);
          return (
            <li key={v.version} className="cs-history__item">
              <h4 className="cs-history__title">
                {t('organizer.criteria.history.version', { version: v.version })}{' '}
                {v.version === latest ? (
                  <Badge tone="info">{t('organizer.criteria.history.current')}</Badge>
                ) : null}
              </h4>
              <p className="cs-history__kind">
                <Badge tone={v.change === 'structure' ? 'warning' : 'neutral'}>
                  {t(`organizer.criteria.history.${CHANGE_KEY[v.change]}`)}
                </Badge>{' '}
                {t('organizer.criteria.history.criteriaCount', { count: v.criteria.length })}
              </p>
              <p className="cs-history__meta">
                {t('organizer.criteria.history.meta', {
                  at: formatDateTime(locale, v.changedAt),
                  who: v.changedBy.name,
                })}
              </p>
              {previous !== undefined && changes.length === 0 ? (
                <p className="cs-history__note">{t('organizer.criteria.history.titleOnly')}</p>
              ) : (
                <ChangeList changes={changes} />
              )}
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <section className="cs-history-section" aria-labelledby="cs-history-heading">
      <h3 id="cs-history-heading">{t('organizer.criteria.history.heading')}</h3>
      <p className="field__hint">{t('organizer.criteria.history.intro')}</p>
      {body}
    </section>
  );
}
