import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useReturnSheet } from '../mutations';

interface ReturnSheetDialogProps {
  stageId: string;
  /** The sheet being returned; null keeps the dialog closed. */
  target: { sheetId: string; expertName: string } | null;
  onClose: () => void;
  onReturned: (expertName: string) => void;
}

/** Sending a sheet back needs a reason the expert will read; the server refuses an empty one too. */
export function ReturnSheetDialog({ stageId, target, onClose, onReturned }: ReturnSheetDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const returnSheet = useReturnSheet(stageId);
  const error = tried && reason.trim() === '' ? t('oversight.returnSheet.reasonRequired') : undefined;

  function close(): void {
    setReason('');
    setTried(false);
    returnSheet.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setTried(true);
    if (target === null) return;
    if (reason.trim() === '') {
      field.current?.focus();
      return;
    }
    const { expertName } = target;
    returnSheet.mutate(
      { sheetId: target.sheetId, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
          setTried(false);
          onReturned(expertName);
        },
      },
    );
  }

  return (
    <Dialog
      size="md"
      open={target !== null}
      title={t('oversight.returnSheet.title')}
      onDismiss={returnSheet.isPending ? undefined : close}
    >
      <form className="return-sheet" onSubmit={onSubmit} noValidate>
        <p>{t('oversight.returnSheet.intro', { name: target?.expertName ?? '' })}</p>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="return-reason">
            {t('oversight.returnSheet.reason')}
          </label>
          <p className="field__hint" id="return-reason-hint">
            {t('oversight.returnSheet.reasonHint')}
          </p>
          <textarea
            ref={field}
            id="return-reason"
            className="field__input return-sheet__reason"
            rows={4}
            maxLength={2000}
            required
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'return-reason-hint return-reason-error' : 'return-reason-hint'}
            onChange={(event) => setReason(event.target.value)}
          />
          {error ? (
            <p className="field__error" id="return-reason-error">
              {error}
            </p>
          ) : null}
        </div>
        {returnSheet.isError ? (
          <Alert tone="danger" live="assertive" title={t('oversight.returnSheet.failed')} />
        ) : null}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={close} disabled={returnSheet.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" busy={returnSheet.isPending}>
            {returnSheet.isPending
              ? t('oversight.returnSheet.submitting')
              : t('oversight.returnSheet.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
