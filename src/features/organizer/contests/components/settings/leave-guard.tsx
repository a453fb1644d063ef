import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/** Asks before an in-app navigation throws unsaved settings away. */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const blocked = blocker.state === 'blocked';
  return (
    <Dialog
      open={blocked}
      title={t('organizer.contests.settings.leave.title')}
      onDismiss={() => blocker.reset?.()}
    >
      <p>{t('organizer.contests.settings.leave.body')}</p>
      <div className="contests-dialog-actions">
        <Button variant="secondary" onClick={() => blocker.reset?.()}>
          {t('organizer.contests.settings.leave.stay')}
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          {t('organizer.contests.settings.leave.leave')}
        </Button>
      </div>
    </Dialog>
  );
}
