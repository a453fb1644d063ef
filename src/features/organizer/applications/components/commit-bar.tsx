import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '@/api/schemas/imports';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export type CommitFailure = 'expired' | 'failed' | null;

interface CommitBarProps {
  counts: ImportCounts;
  committing: boolean;
  commitFailure: CommitFailure;
  onCommit: () => void;
  onRecheck: () => void;
  onCancel: () => void;
}

/** The one place anything is written: the count on the button is exactly what will be created or updated. */
export function CommitBar({
  counts,
  committing,
  commitFailure: failure,
  onCommit,
  onRecheck,
  onCancel,
}: CommitBarProps) {
  const { t } = useTranslation();
  const applicable = counts.create + counts.update;
  return (
    <div className="import-commit">
      {failure === 'expired' ? (
        <Alert tone="warning" live="assertive" title={t('organizer.applications.import.commit.expired')}>
          <Button variant="secondary" size="sm" onClick={onRecheck}>
            {t('organizer.applications.import.commit.recheck')}
          </Button>
        </Alert>
      ) : null}
      {failure === 'failed' ? (
        <Alert tone="danger" live="assertive" title={t('organizer.applications.import.commit.failed')} />
      ) : null}
      {applicable === 0 ? (
        <p className="import-commit__note">{t('organizer.applications.import.commit.nothing')}</p>
      ) : (
        <p className="import-commit__note">
          {t('organizer.applications.import.commit.hint')}{' '}
          {counts.error > 0
            ? t('organizer.applications.import.commit.skipped', { count: counts.error })
            : null}
        </p>
      )}
      <div className="import-actions">
        {applicable > 0 ? (
          <Button
            busy={committing}
            onClick={() => {
              // A second click while the first commit is in flight must not send it twice.
              if (!committing) onCommit();
            }}
          >
            {committing
              ? t('organizer.applications.import.commit.committing')
              : t('organizer.applications.import.commit.button', { count: applicable })}
          </Button>
        ) : null}
        <Button variant="secondary" disabled={committing} onClick={onCancel}>
          {t('organizer.applications.import.commit.cancel')}
        </Button>
      </div>
    </div>
  );
}
