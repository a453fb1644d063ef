import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Session } from '@/api/schemas/session';
import { reauthFinished, useReauthOpen } from '../store';
import { LoginForm } from './login-form';

interface ReauthDialogProps {
  /** The user whose session expired; signing in as somebody else must not inherit their screen. */
  previousUserId: string | null;
  previousEmail: string;
  onGaveUp: () => void;
  onSwitchedUser: () => void;
}

/** Shown over the current screen on a 401, so nothing typed so far is unmounted or lost. */
export function ReauthDialog({ previousUserId, previousEmail, onGaveUp, onSwitchedUser }: ReauthDialogProps) {
  const { t } = useTranslation();
  const open = useReauthOpen();

  const signedIn = (session: Session) => {
    if (previousUserId && session.user.id !== previousUserId) {
      reauthFinished(false);
      onSwitchedUser();
      return;
    }
    reauthFinished(true);
  };

  return (
    <Dialog open={open} title={t('reauth.title')}>
      <p>{t('reauth.body')}</p>
      <LoginForm onSignedIn={signedIn} defaultEmail={previousEmail} />
      <Button
        variant="ghost"
        onClick={() => {
          reauthFinished(false);
          onGaveUp();
        }}
      >
        {t('reauth.cancel')}
      </Button>
    </Dialog>
  );
}
