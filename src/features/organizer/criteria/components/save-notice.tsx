import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { NOTICE_ID, type SaveNotice } from '../use-criteria-editor';

/** What the last save did, in words; focusable so it is read out when the answer arrives. */
export function SaveNoticeView({ notice }: { notice: SaveNotice | null }) {
  const { t } = useTranslation();
  if (notice === null || notice.kind === 'invalid') return null;
  return (
    <div id={NOTICE_ID} tabIndex={-1} className="cs-notice">
      {notice.kind === 'saved' ? (
        <Alert tone="success">
          {notice.wording
            ? t('organizer.criteria.save.savedWording', { version: notice.version })
            : t('organizer.criteria.save.saved', { version: notice.version })}
        </Alert>
      ) : null}
      {notice.kind === 'frozen' ? (
        <Alert tone="danger" live="assertive" title={t('organizer.criteria.save.frozenTitle')}>
          <p>{t('organizer.criteria.save.frozen')}</p>
          {notice.detail ? <p>{t('organizer.criteria.save.serverSays', { detail: notice.detail })}</p> : null}
        </Alert>
      ) : null}
      {notice.kind === 'failed' ? (
        <Alert tone="danger" live="assertive" title={t('organizer.criteria.save.failedTitle')}>
          {t('organizer.criteria.save.failed')}
        </Alert>
      ) : null}
      {notice.kind === 'forbidden' ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.criteria.save.forbidden')}
        </Alert>
      ) : null}
      {notice.kind === 'notFound' ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.criteria.save.notFound')}
        </Alert>
      ) : null}
    </div>
  );
}
