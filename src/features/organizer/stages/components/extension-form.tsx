import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineExtension, Stage } from '@/api/schemas/contests';
import type { Expert } from '@/api/schemas/experts';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { currentLocale } from '@/i18n/i18n';
import { contestZoneName, inputToIso } from '../dates';
import { useAddExtension } from '../mutations';
import { failureMessage, messagesByField } from '../problems';
import { ContestDate } from './contest-date';
import { ExpertPicker } from './expert-picker';

interface ExtensionFormProps {
  contestId: string;
  stage: Stage;
  onCancel: () => void;
  onSaved: (extension: DeadlineExtension, expert: Expert | null) => void;
}

type Field = 'expertId' | 'until' | 'reason';

/** More time for the whole stage or for one expert, with the reason the audit log will keep. */
export function ExtensionForm({ contestId, stage, onCancel, onSaved }: ExtensionFormProps) {
  const { t } = useTranslation();
  const zone = contestZoneName(currentLocale());
  const addExtension = useAddExtension(contestId);
  const [forEveryone, setForEveryone] = useState(true);
  const [expert, setExpert] = useState<Expert | null>(null);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const expertRef = useRef<HTMLInputElement>(null);
  const untilRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!forEveryone && expert === null) found.expertId = t('organizer.stages.extend.expertRequired');
    const untilIso = inputToIso(until);
    if (untilIso === null) found.until = t('organizer.stages.extend.untilRequired');
    else if (stage.deadline !== null && Date.parse(untilIso) <= Date.parse(stage.deadline))
      found.until = t('organizer.stages.extend.untilNotLater');
    if (reason.trim() === '') found.reason = t('organizer.stages.extend.reasonRequired');
    return found;
  }

  function show(found: Partial<Record<Field, string>>): void {
    setErrors(found);
    if (found.expertId !== undefined) expertRef.current?.focus();
    else if (found.until !== undefined) untilRef.current?.focus();
    else if (found.reason !== undefined) reasonRef.current?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (addExtension.isPending) return;
    const found = check();
    const untilIso = inputToIso(until);
    if (Object.keys(found).length > 0 || untilIso === null) {
      show(found);
      return;
    }
    setErrors({});
    const chosen = forEveryone ? null : expert;
    addExtension.mutate(
      { stageId: stage.id, input: { expertId: chosen?.id ?? null, until: untilIso, reason: reason.trim() } },
      {
        onSuccess: (extension) => onSaved(extension, chosen),
        onError: (error) => {
          const byField = messagesByField(t, error);
          show({
            expertId: byField.get('expertId'),
            until: byField.get('until'),
            reason: byField.get('reason'),
          });
        },
      },
    );
  }

  if (stage.deadline === null) {
    return (
      <div className="stage-form">
        <Alert tone="warning" title={t('organizer.stages.extend.noDeadline')} />
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onCancel}>
            {t('common.close')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className="stage-form" onSubmit={onSubmit} noValidate>
      <p>
        {t('organizer.stages.details.deadline')}: <ContestDate iso={stage.deadline} />
      </p>
      {addExtension.isError ? (
        <Alert tone="danger" live="assertive" title={failureMessage(t, addExtension.error)} />
      ) : null}
      <fieldset className="stage-form__choice">
        <legend className="field__label">{t('organizer.stages.extend.scope')}</legend>
        <label className="stage-form__radio">
          <input
            type="radio"
            name="extension-scope"
            checked={forEveryone}
            onChange={() => setForEveryone(true)}
          />
          {t('organizer.stages.extend.scopeAll')}
        </label>
        <label className="stage-form__radio">
          <input
            type="radio"
            name="extension-scope"
            checked={!forEveryone}
            onChange={() => setForEveryone(false)}
          />
          {t('organizer.stages.extend.scopeExpert')}
        </label>
      </fieldset>
      {forEveryone ? null : (
        <ExpertPicker value={expert} onChange={setExpert} error={errors.expertId} inputRef={expertRef} />
      )}
      <TextField
        ref={untilRef}
        type="datetime-local"
        label={t('organizer.stages.extend.until')}
        hint={t('organizer.stages.extend.untilHint', { zone })}
        error={errors.until}
        value={until}
        onChange={(event) => setUntil(event.target.value)}
      />
      <TextAreaField
        ref={reasonRef}
        label={t('organizer.stages.extend.reason')}
        hint={t('organizer.stages.extend.reasonHint')}
        error={errors.reason}
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="dialog__actions">
        <Button variant="secondary" onClick={onCancel} disabled={addExtension.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" busy={addExtension.isPending} disabled={addExtension.isPending}>
          {addExtension.isPending ? t('organizer.stages.extend.saving') : t('organizer.stages.extend.submit')}
        </Button>
      </div>
    </form>
  );
}
