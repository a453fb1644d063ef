import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ExpertCreate } from '@/api/schemas/expert-inputs';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { EMAIL_PATTERN, isLoadCap, toExpertInput, type ExpertFormValues } from '../expert-values';
import { describeSaveFailure } from '../server-errors';
import type { ExpertiseGroup } from '../use-expertise-groups';
import { AffiliationFields } from './affiliation-fields';
import { ExpertiseField } from './expertise-field';
import { RegionField } from './region-field';

interface ExpertFormProps {
  defaultValues: ExpertFormValues;
  groups: readonly ExpertiseGroup[];
  submitLabel: string;
  /** Rejects with the server's error; the form shows it on the fields and keeps every value typed. */
  onSave: (input: ExpertCreate) => Promise<unknown>;
  onCancel?: (() => void) | undefined;
}

/** One form for adding and editing an expert: the same fields, checks and server answers. */
export function ExpertForm({ defaultValues, groups, submitLabel, onSave, onCancel }: ExpertFormProps) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ExpertFormValues>({ defaultValues, shouldFocusError: true });

  const submit = handleSubmit(
    async (values) => {
      setSummary(null);
      try {
        await onSave(toExpertInput(values));
      } catch (error) {
        const failure = describeSaveFailure(error, t);
        failure.fields.forEach((problem, index) =>
          setError(problem.field, { type: 'server', message: problem.message }, { shouldFocus: index === 0 }),
        );
        setSummary(failure.summary);
      }
    },
    () => setSummary(t('organizer.roster.form.summary')),
  );

  return (
    <form
      className="expert-form"
      noValidate
      onSubmit={(event) => {
        // A second press while the first save is in flight would add the expert twice.
        if (isSubmitting) event.preventDefault();
        else void submit(event);
      }}
    >
      <TextField
        label={t('organizer.roster.form.fullName')}
        autoComplete="off"
        maxLength={200}
        error={errors.fullName?.message}
        {...register('fullName', {
          validate: (value) => value.trim() !== '' || t('organizer.roster.form.fullNameRequired'),
        })}
      />
      <TextField
        label={t('organizer.roster.form.email')}
        type="email"
        inputMode="email"
        autoComplete="off"
        hint={t('organizer.roster.form.emailHint')}
        error={errors.email?.message}
        {...register('email', {
          validate: (value) =>
            value.trim() === ''
              ? t('organizer.roster.form.emailRequired')
              : EMAIL_PATTERN.test(value.trim()) || t('organizer.roster.form.emailInvalid'),
        })}
      />
      <RegionField
        error={errors.regionCode?.message}
        {...register('regionCode', { required: t('organizer.roster.form.regionRequired') })}
      />
      <TextField
        label={t('organizer.roster.form.loadCap')}
        inputMode="numeric"
        className="expert-form__cap"
        autoComplete="off"
        hint={t('organizer.roster.form.loadCapHint')}
        error={errors.loadCap?.message}
        {...register('loadCap', {
          validate: (value) =>
            value.trim() === ''
              ? t('organizer.roster.form.loadCapRequired')
              : isLoadCap(value) || t('organizer.roster.form.loadCapInvalid'),
        })}
      />
      <AffiliationFields control={control} register={register} errors={errors} />
      <Controller
        control={control}
        name="expertiseNominationIds"
        render={({ field, fieldState }) => (
          <ExpertiseField
            groups={groups}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            ref={field.ref}
          />
        )}
      />
      {summary === null ? null : (
        <Alert tone="danger" live="assertive">
          {summary}
        </Alert>
      )}
      <div className="expert-form__actions">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button type="submit" busy={isSubmitting}>
          {isSubmitting ? t('organizer.roster.form.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
