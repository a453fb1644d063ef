import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { currentLocale } from '@/i18n/i18n';
import { contestZoneName } from '../dates';
import { useCreateStage, useUpdateStage } from '../mutations';
import { failureMessage, messagesByField } from '../problems';
import {
  datesProblem,
  formValuesOf,
  STAGE_KINDS,
  STAGE_STATUSES,
  toCreate,
  toPatch,
  type StageFormValues,
} from '../stage-form-values';

interface StageFormProps {
  contestId: string;
  /** null creates a new stage. */
  stage: Stage | null;
  criteriaSets: readonly CriteriaSet[];
  onCancel: () => void;
  onSaved: (stage: Stage) => void;
}

const FIELDS = ['title', 'kind', 'status', 'startsAt', 'deadline', 'criteriaSetId'] as const;
type Field = (typeof FIELDS)[number];

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

/** Creates or edits a stage. A refused save keeps every value and puts the server's reasons on the fields. */
export function StageForm({ contestId, stage, criteriaSets, onCancel, onSaved }: StageFormProps) {
  const { t } = useTranslation();
  const zone = contestZoneName(currentLocale());
  const create = useCreateStage(contestId);
  const update = useUpdateStage(contestId);
  const mutation = stage === null ? create : update;
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<StageFormValues>({ defaultValues: formValuesOf(stage), shouldFocusError: true });

  function showServerErrors(error: unknown): void {
    const byField = messagesByField(t, error);
    const first = FIELDS.find((f) => byField.has(f));
    for (const [field, message] of byField) {
      if (isField(field)) setError(field, { type: 'server', message });
    }
    if (first !== undefined) setFocus(first);
  }

  const submit = handleSubmit((values) => {
    if (datesProblem(values) === 'beforeStart') {
      setError(
        'deadline',
        { type: 'beforeStart', message: t('organizer.stages.form.deadlineBeforeStart') },
        { shouldFocus: true },
      );
      return;
    }
    if (stage === null) {
      create.mutate(toCreate(values), { onSuccess: onSaved, onError: showServerErrors });
      return;
    }
    const patch = toPatch(stage, values);
    if (Object.keys(patch).length === 0) {
      onSaved(stage);
      return;
    }
    update.mutate({ stageId: stage.id, patch }, { onSuccess: onSaved, onError: showServerErrors });
  });

  const dateRules = {
    validate: (value: string) =>
      value === '' || !Number.isNaN(Date.parse(value)) || t('organizer.stages.form.dateInvalid'),
  };
  const frozenSet = stage?.structureFrozen === true;

  return (
    <form className="stage-form" onSubmit={submit} noValidate>
      {mutation.isError ? (
        <Alert tone="danger" live="assertive" title={failureMessage(t, mutation.error)} />
      ) : null}
      <TextField
        label={t('organizer.stages.form.title')}
        autoComplete="off"
        maxLength={200}
        error={errors.title?.message}
        {...register('title', {
          validate: (value) => value.trim() !== '' || t('organizer.stages.form.titleRequired'),
        })}
      />
      <div className="stage-form__row">
        <SelectField
          label={t('organizer.stages.form.kind')}
          disabled={stage !== null}
          hint={stage === null ? undefined : t('organizer.stages.form.kindFixed')}
          {...register('kind')}
        >
          {STAGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`organizer.stages.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        {stage === null ? null : (
          <SelectField label={t('organizer.stages.form.status')} {...register('status')}>
            {STAGE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`organizer.stages.status.${status}`)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <div className="stage-form__row">
        <TextField
          type="datetime-local"
          label={t('organizer.stages.form.startsAt')}
          hint={t('organizer.stages.form.dateHint', { zone })}
          error={errors.startsAt?.message}
          {...register('startsAt', dateRules)}
        />
        <TextField
          type="datetime-local"
          label={t('organizer.stages.form.deadline')}
          hint={t('organizer.stages.form.dateHint', { zone })}
          error={errors.deadline?.message}
          {...register('deadline', dateRules)}
        />
      </div>
      <SelectField
        label={t('organizer.stages.form.criteriaSet')}
        hint={
          frozenSet
            ? t('organizer.stages.form.frozenCriteriaSet')
            : t('organizer.stages.form.criteriaSetHint')
        }
        error={errors.criteriaSetId?.message}
        disabled={frozenSet}
        {...register('criteriaSetId')}
      >
        <option value="">{t('organizer.stages.form.noCriteriaSet')}</option>
        {criteriaSets.map((set) => (
          <option key={set.id} value={set.id}>
            {set.title}
          </option>
        ))}
      </SelectField>
      <div className="dialog__actions">
        <Button variant="secondary" onClick={onCancel} disabled={mutation.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" busy={mutation.isPending} disabled={mutation.isPending}>
          {mutation.isPending
            ? t('organizer.stages.form.saving')
            : stage === null
              ? t('organizer.stages.form.submitCreate')
              : t('organizer.stages.form.submitEdit')}
        </Button>
      </div>
    </form>
  );
}
