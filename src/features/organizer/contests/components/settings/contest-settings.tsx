import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isApiError } from '@/api/api-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { contestQueryOptions, criteriaSetsQueryOptions } from '../../../shared/queries';
import '../../contests.css';
import { useUpdateContest } from '../../mutations';
import { failureText } from '../../problems';
import { applyFieldErrors } from '../field-errors';
import { AggregationFields } from './aggregation-fields';
import { AssignmentFields } from './assignment-fields';
import { DivergenceFields } from './divergence-fields';
import { ErrorSummary } from './error-summary';
import { fieldLabel } from './field-labels';
import { settingsField, toPatch, toValues, type SettingsValues } from './form-values';
import { GeneralFields } from './general-fields';
import { LeaveGuard } from './leave-guard';
import { ReviewFields } from './review-fields';
import { TieBreakEditor } from './tie-break-editor';

function createdTitle(state: unknown): string | null {
  if (state === null || typeof state !== 'object' || !('created' in state)) return null;
  return typeof state.created === 'string' ? state.created : null;
}

/** Title, status and every evaluation rule of one contest, saved together with one PATCH. */
export function ContestSettings({ contestId }: { contestId: string }) {
  const { t } = useTranslation();
  const state: unknown = useLocation().state;
  const { data: contest } = useSuspenseQuery(contestQueryOptions(contestId));
  const { data: sets } = useSuspenseQuery(criteriaSetsQueryOptions(contestId));
  const form = useForm<SettingsValues>({ defaultValues: toValues(contest), shouldFocusError: true });
  const update = useUpdateContest(contestId);
  const [saved, setSaved] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { isDirty, errors } = form.formState;
  const created = createdTitle(state);

  const submit = form.handleSubmit(
    (values) => {
      // The button stays focusable while busy (it announces it), so a second press must be ignored here.
      if (update.isPending) return;
      setSaved(false);
      setUnplaced([]);
      update.mutate(toPatch(values), {
        onSuccess: (next) => {
          form.reset(toValues(next), { keepFieldsRef: true });
          setSaved(true);
        },
        onError: (error) => {
          const placed = applyFieldErrors(t, error, form.setError, settingsField);
          if (isApiError(error) && error.status === 422 && placed === 0) {
            setUnplaced(error.fieldErrors.map((e) => e.message));
          }
        },
      });
    },
    () => setSaved(false),
  );

  const failure = update.error === null ? null : failureText(t, update.error);
  return (
    <section className="contests-page" aria-labelledby="contest-settings-title">
      <h2 className="contests-page__title" id="contest-settings-title">
        {t('organizer.contests.settings.title')}
      </h2>
      <p className="contests-muted">{t('organizer.contests.settings.intro')}</p>
      {created !== null && !saved && !isDirty ? (
        <Alert tone="success">{t('organizer.contests.create.created', { title: created })}</Alert>
      ) : null}
      <FormProvider {...form}>
        <form className="contests-settings" onSubmit={submit} noValidate>
          <GeneralFields />
          <AggregationFields />
          <DivergenceFields />
          <ReviewFields />
          <AssignmentFields />
          <TieBreakEditor sets={sets.items} />
          <ErrorSummary errors={errors} labelOf={(name) => fieldLabel(t, name)} />
          <div className="contests-savebar">
            {failure !== null && !update.isPending ? (
              <Alert tone="danger" live="assertive">
                {failure}
                {unplaced.length > 0 ? (
                  <ul>
                    {unplaced.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                ) : null}
              </Alert>
            ) : null}
            {saved && !isDirty ? (
              <Alert tone="success">{t('organizer.contests.settings.saved')}</Alert>
            ) : null}
            <div className="contests-savebar__actions">
              <Button type="submit" busy={update.isPending}>
                {update.isPending
                  ? t('organizer.contests.settings.saving')
                  : t('organizer.contests.settings.save')}
              </Button>
              <Button
                variant="secondary"
                disabled={!isDirty || update.isPending}
                onClick={() => {
                  form.reset(toValues(contest), { keepFieldsRef: true });
                  update.reset();
                }}
              >
                {t('organizer.contests.settings.reset')}
              </Button>
              {isDirty ? (
                <span className="contests-muted">{t('organizer.contests.settings.unsaved')}</span>
              ) : null}
            </div>
          </div>
        </form>
      </FormProvider>
      <LeaveGuard dirty={isDirty && !update.isPending} />
    </section>
  );
}
