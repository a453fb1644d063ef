import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Expert } from '@/api/schemas/experts';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useUpdateExpert } from '../mutations';

/** Experts are switched off, never deleted: their submitted sheets and the audit trail must stay. */
export function ExpertActivity({ expert }: { expert: Expert }) {
  const { t } = useTranslation();
  const update = useUpdateExpert(expert.id);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  function setActive(active: boolean): void {
    if (update.isPending) return;
    setNotice(null);
    update.mutate(
      { active },
      {
        onSuccess: () => {
          setConfirming(false);
          setNotice(
            t(active ? 'organizer.roster.profile.reactivated' : 'organizer.roster.profile.deactivated'),
          );
        },
      },
    );
  }

  return (
    <section className="card expert-profile__card" aria-labelledby="expert-activity-title">
      <h2 className="section__title" id="expert-activity-title">
        {t('organizer.roster.profile.activity')}
      </h2>
      <p>
        {t(expert.active ? 'organizer.roster.profile.activeText' : 'organizer.roster.profile.inactiveText')}
      </p>
      <div role="status">{notice === null ? null : <p className="alert alert--success">{notice}</p>}</div>
      {update.isError && !confirming ? (
        <Alert tone="danger" live="assertive">
          {t('organizer.roster.profile.activityFailed')}
        </Alert>
      ) : null}
      {expert.active ? (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('organizer.roster.profile.deactivate')}
        </Button>
      ) : (
        <Button busy={update.isPending} onClick={() => setActive(true)}>
          {t('organizer.roster.profile.reactivate')}
        </Button>
      )}
      <Dialog
        open={confirming}
        title={t('organizer.roster.profile.deactivateTitle')}
        onDismiss={update.isPending ? undefined : () => setConfirming(false)}
      >
        <p>{t('organizer.roster.profile.deactivateText', { name: expert.fullName })}</p>
        {update.isError ? (
          <Alert tone="danger" live="assertive">
            {t('organizer.roster.profile.activityFailed')}
          </Alert>
        ) : null}
        <div className="expert-form__actions">
          <Button variant="secondary" disabled={update.isPending} onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" busy={update.isPending} onClick={() => setActive(false)}>
            {t('organizer.roster.profile.deactivateConfirm')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
