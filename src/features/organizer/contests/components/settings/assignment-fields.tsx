import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { RadioGroup } from '../radio-group';
import { fieldId, type SettingsValues } from './form-values';
import { integerRules } from './number-rules';

const REGION_RULES = ['none', 'forbidSameRegion', 'requireOneSameRegion'] as const;

export function AssignmentFields() {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<SettingsValues>();
  return (
    <fieldset className="contests-group">
      <legend className="contests-group__legend">{t('organizer.contests.settings.assignment.legend')}</legend>
      <TextField
        id={fieldId('settings.expertsPerApplication')}
        className="contests-number"
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        step={1}
        label={t('organizer.contests.settings.assignment.experts')}
        hint={t('organizer.contests.settings.assignment.expertsHint')}
        error={errors.settings?.expertsPerApplication?.message}
        {...register('settings.expertsPerApplication', integerRules(t, 1, 10))}
      />
      <RadioGroup
        legend={t('organizer.contests.settings.assignment.region')}
        hint={t('organizer.contests.settings.assignment.regionHint')}
        error={errors.settings?.regionRule?.message}
        inputProps={register('settings.regionRule')}
        options={REGION_RULES.map((rule) => ({
          value: rule,
          label: t(`organizer.contests.settings.assignment.regions.${rule}`),
        }))}
      />
    </fieldset>
  );
}
