import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { SubmitNotice as Notice } from './use-submit-flow';

/** The deadline explanation, shared by the banner on load and a refused submit. */
export function DeadlinePassedAlert({
  dueAt,
  live,
}: {
  dueAt: string | null;
  live: 'polite' | 'assertive' | 'off';
}) {
  const { t } = useTranslation();
  return (
    <Alert tone="danger" live={live} title={t('evaluation.deadline.passedTitle')}>
      <p>
        {dueAt === null
          ? t('evaluation.deadline.passedBodyNoDate')
          : t('evaluation.deadline.passedBody', { date: formatDateTime(currentLocale(), dueAt) })}
      </p>
    </Alert>
  );
}

/** What became of a submit that did not go through; the draft is safe in every case. */
export function SubmitNotice({ notice, dueAt }: { notice: Notice; dueAt: string | null }) {
  const { t } = useTranslation();
  if (notice === null) return null;
  if (notice.kind === 'refused' && notice.code === 'deadlinePassed') {
    return <DeadlinePassedAlert dueAt={dueAt} live="assertive" />;
  }
  const text =
    notice.kind === 'failed'
      ? t('evaluation.outcome.failed')
      : notice.kind === 'invalid'
        ? t('evaluation.outcome.invalid')
        : notice.code === 'submitted'
          ? t('evaluation.outcome.refusedSubmitted')
          : notice.code === 'recused'
            ? t('evaluation.outcome.refusedRecused')
            : t('evaluation.outcome.refusedOther');
  return <Alert tone="danger" live="assertive" title={text} />;
}
