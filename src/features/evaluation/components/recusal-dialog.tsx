import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Assignment, RecusalReason } from '@/api/schemas/sheets';
import { useRecuse } from '../mutations';

const REASONS: readonly RecusalReason[] = ['affiliation', 'personal', 'financial', 'other'];

interface RecusalDialogProps {
  open: boolean;
  assignmentId: string;
  onClose: () => void;
  onRecused: (assignment: Assignment) => void;
}

/** Declaring a conflict of interest: a reason from the regulation's list, and text when it is «Другое». */
export function RecusalDialog({ open, assignmentId, onClose, onRecused }: RecusalDialogProps) {
  const { t } = useTranslation();
  const recuse = useRecuse();
  const [reason, setReason] = useState<RecusalReason | null>(null);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const reasonError = tried && reason === null ? t('evaluation.recusal.reasonRequired') : undefined;
  const textError =
    tried && reason === 'other' && text.trim() === '' ? t('evaluation.recusal.textRequired') : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (reason === null) {
      document.getElementById('recusal-reason-affiliation')?.focus();
      return;
    }
    if (reason === 'other' && text.trim() === '') {
      document.getElementById('recusal-text')?.focus();
      return;
    }
    recuse.mutate({ assignmentId, reason, text: text.trim() }, { onSuccess: onRecused });
  };

  return (
    <Dialog
      size="md"
      open={open}
      title={t('evaluation.recusal.title')}
      onDismiss={recuse.isPending ? undefined : onClose}
    >
      <form className="recusal" onSubmit={onSubmit} noValidate>
        <p>{t('evaluation.recusal.intro')}</p>
        <fieldset
          className={reasonError ? 'choice choice--invalid' : 'choice'}
          aria-describedby={reasonError ? 'recusal-reason-error' : undefined}
        >
          <legend className="choice__legend">{t('evaluation.recusal.reason')}</legend>
          <div className="choice__options choice__options--stack">
            {REASONS.map((value) => (
              <label key={value} className="choice__option">
                <input
                  id={`recusal-reason-${value}`}
                  type="radio"
                  name="recusal-reason"
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
                <span>{t(`evaluation.recusal.reasons.${value}`)}</span>
              </label>
            ))}
          </div>
          {reasonError ? (
            <p id="recusal-reason-error" className="field__error">
              {reasonError}
            </p>
          ) : null}
        </fieldset>
        <div className={textError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="recusal-text">
            {t('evaluation.recusal.text')}
          </label>
          <p className="field__hint" id="recusal-text-hint">
            {reason === 'other' ? t('evaluation.recusal.textHintOther') : t('evaluation.recusal.textHint')}
          </p>
          <textarea
            id="recusal-text"
            className="field__input recusal__text"
            rows={3}
            maxLength={2000}
            value={text}
            aria-required={reason === 'other' || undefined}
            aria-invalid={textError ? true : undefined}
            aria-describedby={textError ? 'recusal-text-hint recusal-text-error' : 'recusal-text-hint'}
            onChange={(event) => setText(event.target.value)}
          />
          {textError ? (
            <p id="recusal-text-error" className="field__error">
              {textError}
            </p>
          ) : null}
        </div>
        {recuse.isError ? (
          <Alert tone="danger" live="assertive" title={t('evaluation.recusal.failed')} />
        ) : null}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onClose} disabled={recuse.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" busy={recuse.isPending}>
            {recuse.isPending ? t('evaluation.recusal.submitting') : t('evaluation.recusal.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
