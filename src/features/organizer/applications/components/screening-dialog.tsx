import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { ApplicationSummary } from '@/api/schemas/applications';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useScreenApplication } from '../mutations';

export type ScreeningDecision = 'admitted' | 'rejected';

export interface ScreeningTarget {
  application: ApplicationSummary;
  decision: ScreeningDecision;
}

interface ScreeningDialogProps {
  contestId: string;
  /** null keeps the dialog closed. */
  target: ScreeningTarget | null;
  onClose: () => void;
  onDone: (id: string, decision: ScreeningDecision) => void;
}

const MAX_REASON = 2000;

/** Admit or reject after technical screening; a rejection needs a reason, which the server requires too. */
export function ScreeningDialog({ contestId, target, onClose, onDone }: ScreeningDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const decide = useScreenApplication(contestId);
  const rejecting = target?.decision === 'rejected';
  const key = 'organizer.applications.screeningDialog';

  const serverFieldError =
    isApiError(decide.error) && decide.error.status === 422
      ? decide.error.fieldErrors.find((error) => error.field === 'reason')
      : undefined;
  const localError =
    tried && rejecting && reason.trim() === ''
      ? t(`${key}.reasonRequired`)
      : reason.length > MAX_REASON
        ? t(`${key}.reasonTooLong`)
        : undefined;
  const fieldError =
    localError ??
    (serverFieldError === undefined
      ? undefined
      : serverFieldError.code === 'required'
        ? t(`${key}.reasonRequired`)
        : serverFieldError.message);

  function close(): void {
    setReason('');
    setTried(false);
    decide.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setTried(true);
    if (target === null || decide.isPending) return;
    if ((rejecting && reason.trim() === '') || reason.length > MAX_REASON) {
      field.current?.focus();
      return;
    }
    const { id } = target.application;
    decide.mutate(
      { applicationId: id, decision: target.decision, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
          setTried(false);
          decide.reset();
          onDone(id, target.decision);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 422) field.current?.focus();
        },
      },
    );
  }

  let failure: string | null = null;
  if (decide.isError && serverFieldError === undefined) {
    const error = decide.error;
    if (isApiError(error) && error.status === 404) failure = t(`${key}.notFound`);
    else if (isApiError(error) && error.status === 403) failure = t(`${key}.forbidden`);
    else if (isApiError(error) && error.status === 422)
      failure = t(`${key}.invalid`, { detail: error.fieldErrors[0]?.message ?? error.problem?.detail ?? '' });
    else failure = t(`${key}.failed`);
  }

  const id = target?.application.id ?? '';
  const describedBy = ['screening-reason-hint', fieldError ? 'screening-reason-error' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Dialog
      open={target !== null}
      title={rejecting ? t(`${key}.rejectTitle`, { id }) : t(`${key}.admitTitle`, { id })}
      onDismiss={decide.isPending ? undefined : close}
    >
      <form className="screening-form" onSubmit={onSubmit} noValidate>
        <p className="screening-form__project">
          {t(`${key}.project`, { title: target?.application.title ?? '' })}
        </p>
        <p>{rejecting ? t(`${key}.rejectIntro`) : t(`${key}.admitIntro`)}</p>
        <div className={fieldError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="screening-reason">
            {rejecting ? t(`${key}.reason`) : t(`${key}.reasonOptional`)}
          </label>
          <p className="field__hint" id="screening-reason-hint">
            {t(`${key}.reasonHint`)}
          </p>
          <textarea
            ref={field}
            id="screening-reason"
            className="field__input screening-form__reason"
            rows={4}
            required={rejecting}
            value={reason}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setReason(event.target.value)}
          />
          {fieldError ? (
            <p className="field__error" id="screening-reason-error">
              {fieldError}
            </p>
          ) : null}
        </div>
        {failure === null ? null : <Alert tone="danger" live="assertive" title={failure} />}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={close} disabled={decide.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant={rejecting ? 'danger' : 'primary'} busy={decide.isPending}>
            {decide.isPending ? t(`${key}.saving`) : rejecting ? t(`${key}.reject`) : t(`${key}.admit`)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
