import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { DistributionPreview, DistributionPreviewRequest } from '@/api/schemas/assignments';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { nominationsQueryOptions } from '../../shared/queries';
import { errorText } from '../messages';
import { useCommitDistribution } from '../mutations';
import { LoadTable } from './load-table';
import { UncoveredTable } from './uncovered-table';

interface DistributionPreviewViewProps {
  contestId: string;
  stageId: string;
  preview: DistributionPreview;
  request: DistributionPreviewRequest;
  /** The form now asks for something else than what this preview shows. */
  outdated: boolean;
  rebuilding: boolean;
  onRebuild: () => void;
  onDiscard: () => void;
  onCommitted: (message: string) => void;
}

/** What «Распределить» would do, in numbers and per expert; nothing is assigned until it is pressed. */
export function DistributionPreviewView({
  contestId,
  stageId,
  preview,
  request,
  outdated,
  rebuilding,
  onRebuild,
  onDiscard,
  onCommitted,
}: DistributionPreviewViewProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const commit = useCommitDistribution(contestId, stageId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A fresh preview appears below the form: take the reader there, as a page change would.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const titles = new Map(nominations.items.map((n) => [n.id, n.title]));
  const scope =
    request.nominationIds === undefined
      ? t('organizer.assignments.distribution.allNominations')
      : request.nominationIds.map((id) => titles.get(id) ?? id).join(', ');
  const applications = new Set(preview.pairs.map((p) => p.applicationId)).size;
  const experts = preview.loadByExpert.filter((l) => l.after > l.before).length;
  const expired = isApiError(commit.error) && commit.error.code === 'previewExpired';
  const stats = [
    { key: 'pairs', value: preview.pairs.length },
    { key: 'applications', value: applications },
    { key: 'experts', value: experts },
    { key: 'uncovered', value: preview.uncovered.length },
  ] as const;

  function onCommit(): void {
    commit.mutate(preview.previewId, {
      onSuccess: (result) =>
        onCommitted(t('organizer.assignments.distribution.committed', { count: result.created })),
    });
  }

  return (
    <section className="asg-preview" aria-labelledby="preview-title">
      <h4 className="asg-preview__title" id="preview-title" tabIndex={-1} ref={headingRef}>
        {t('organizer.assignments.distribution.previewTitle')}
      </h4>
      <p>
        {t('organizer.assignments.distribution.previewFor', {
          count: request.expertsPerApplication,
          nominations: scope,
        })}
      </p>
      <dl className="asg-stats">
        {stats.map((s) => (
          <div key={s.key} className="asg-stats__item">
            <dt>{t(`organizer.assignments.distribution.stats.${s.key}`)}</dt>
            <dd>{formatNumber(locale, s.value)}</dd>
          </div>
        ))}
      </dl>
      {preview.pairs.length === 0 ? (
        <Alert tone="info">{t('organizer.assignments.distribution.nothingToDo')}</Alert>
      ) : (
        <p className="asg-preview__note">{t('organizer.assignments.distribution.nothingCommitted')}</p>
      )}
      {outdated ? (
        <Alert tone="warning">{t('organizer.assignments.distribution.outdatedParams')}</Alert>
      ) : null}
      {expired ? (
        <Alert tone="warning" live="assertive" title={t('organizer.assignments.distribution.expiredTitle')}>
          <p>{t('organizer.assignments.distribution.expired')}</p>
          <Button variant="secondary" busy={rebuilding} disabled={rebuilding} onClick={onRebuild}>
            {t('organizer.assignments.distribution.rebuild')}
          </Button>
        </Alert>
      ) : null}
      {commit.isError && !expired ? (
        <Alert tone="danger" live="assertive" title={t('organizer.assignments.distribution.commitFailed')}>
          {errorText(t, commit.error)}
        </Alert>
      ) : null}
      <div className="asg-actions">
        <Button
          busy={commit.isPending}
          disabled={commit.isPending || expired || preview.pairs.length === 0}
          onClick={onCommit}
        >
          {commit.isPending
            ? t('organizer.assignments.distribution.committing')
            : t('organizer.assignments.distribution.commit')}
        </Button>
        <Button variant="secondary" disabled={commit.isPending} onClick={onDiscard}>
          {t('organizer.assignments.distribution.discard')}
        </Button>
      </div>
      <UncoveredTable uncovered={preview.uncovered} />
      <LoadTable loads={preview.loadByExpert} />
    </section>
  );
}
