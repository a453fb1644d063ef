import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

interface ConfirmDeleteDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** Why the last attempt failed, in words; null before any attempt. */
  error: string | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDeleteDialog({
  open,
  title,
  body,
  confirmLabel,
  error,
  pending,
  onConfirm,
  onCancel,
}: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={title} onDismiss={pending ? undefined : onCancel}>
      <p>{body}</p>
      {error !== null ? (
        <Alert tone="danger" live="assertive">
          {error}
        </Alert>
      ) : null}
      <div className="contests-dialog-actions">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          busy={pending}
          onClick={() => {
            if (!pending) onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
