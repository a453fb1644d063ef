import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

/** Unsaved edits are not lost to a stray click on a tab or a closed window. */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  // The browser's own prompt is the only thing that can stop a reload or a closed tab.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const blocked = blocker.state === 'blocked';
  return (
    <Dialog open={blocked} title={t('organizer.criteria.leave.title')} onDismiss={() => blocker.reset?.()}>
      <p>{t('organizer.criteria.leave.body')}</p>
      <div className="cs-stale__actions">
        <Button onClick={() => blocker.reset?.()}>{t('organizer.criteria.leave.stay')}</Button>
        <Button variant="secondary" onClick={() => blocker.proceed?.()}>
          {t('organizer.criteria.leave.leave')}
        </Button>
      </div>
    </Dialog>
  );
}
