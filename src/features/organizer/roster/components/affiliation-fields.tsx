import { useRef } from 'react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { innProblem, type ExpertFormValues } from '../expert-values';

/** The contract's limit per expert. */
const MAX_AFFILIATIONS = 50;

interface AffiliationFieldsProps {
  control: Control<ExpertFormValues>;
  register: UseFormRegister<ExpertFormValues>;
  errors: FieldErrors<ExpertFormValues>;
}

/** Repeatable organisation + ИНН rows; an ИНН is checked by its check digits before the server sees it. */
export function AffiliationFields({ control, register, errors }: AffiliationFieldsProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'affiliations' });
  const group = useRef<HTMLFieldSetElement>(null);
  const listError = errors.affiliations?.message ?? errors.affiliations?.root?.message;
  const innMessage = {
    required: t('organizer.roster.form.innRequired'),
    length: t('organizer.roster.form.innLength'),
    checksum: t('organizer.roster.form.innChecksum'),
  } as const;

  return (
    <fieldset ref={group} className="expert-form__group" aria-describedby="expert-affiliations-hint">
      <legend className="field__label">{t('organizer.roster.form.affiliations')}</legend>
      <p className="field__hint" id="expert-affiliations-hint">
        {t('organizer.roster.form.affiliationsHint')}
      </p>
      {fields.length === 0 ? (
        <p className="roster-muted">{t('organizer.roster.form.affiliationsEmpty')}</p>
      ) : null}
      <ol className="affiliation-rows">
        {fields.map((field, index) => {
          const n = index + 1;
          const rowErrors = errors.affiliations?.[index];
          return (
            <li key={field.id} className="affiliation-rows__row">
              <TextField
                label={t('organizer.roster.form.orgName', { n })}
                className="affiliation-rows__name"
                autoComplete="off"
                error={rowErrors?.name?.message}
                {...register(`affiliations.${index}.name`, {
                  validate: (value) => value.trim() !== '' || t('organizer.roster.form.orgNameRequired'),
                })}
              />
              <TextField
                label={t('organizer.roster.form.orgInn', { n })}
                className="affiliation-rows__inn"
                inputMode="numeric"
                autoComplete="off"
                hint={t('organizer.roster.form.innHint')}
                error={rowErrors?.inn?.message}
                {...register(`affiliations.${index}.inn`, {
                  validate: (value) => {
                    const problem = innProblem(value);
                    return problem === null || innMessage[problem];
                  },
                })}
              />
              <Button
                variant="ghost"
                size="sm"
                className="affiliation-rows__remove"
                aria-label={t('organizer.roster.form.removeAffiliation', { n })}
                onClick={() => {
                  remove(index);
                  // The removed row took the focused button with it; the add button is the next stop.
                  group.current?.querySelector<HTMLButtonElement>('.affiliation-rows__add')?.focus();
                }}
              >
                <span aria-hidden="true">✕</span>
              </Button>
            </li>
          );
        })}
      </ol>
      {listError ? <p className="field__error">{listError}</p> : null}
      <Button
        variant="secondary"
        size="sm"
        className="affiliation-rows__add"
        disabled={fields.length >= MAX_AFFILIATIONS}
        onClick={() => append({ name: '', inn: '' }, { shouldFocus: true })}
      >
        {t('organizer.roster.form.addAffiliation')}
      </Button>
    </fieldset>
  );
}
