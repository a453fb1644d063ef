import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { fieldId, type SettingsValues } from './form-values';
import { integerRules, numberRules } from './number-rules';

export function DivergenceFields() {
  const { t } = useTranslation();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<SettingsValues>();
  const criterionOn = useWatch({ control, name: 'criterionSpreadOn' });
  const criterionRules = integerRules(t, 0, 100);
  return (
    <fieldset className="contests-group">
      <legend className="contests-group__legend">{t('organizer.contests.settings.divergence.legend')}</legend>
      <p className="field__hint">{t('organizer.contests.settings.divergence.hint')}</p>
      <TextField
        id={fieldId('settings.divergence.totalSpreadPercent')}
        className="contests-number"
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        label={t('organizer.contests.settings.divergence.totalSpread')}
        hint={t('organizer.contests.settings.divergence.totalSpreadHint')}
        error={errors.settings?.divergence?.totalSpreadPercent?.message}
        {...register('settings.divergence.totalSpreadPercent', numberRules(t, 0, 100))}
      />
      <div className="contests-check">
        <input type="checkbox" id={fieldId('criterionSpreadOn')} {...register('criterionSpreadOn')} />
        <label htmlFor={fieldId('criterionSpreadOn')}>
          {t('organizer.contests.settings.divergence.criterionEnabled')}
        </label>
      </div>
      {criterionOn ? (
        <TextField
          id={fieldId('settings.divergence.criterionSpreadPoints')}
          className="contests-number contests-nested"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          label={t('organizer.contests.settings.divergence.criterionSpread')}
          hint={t('organizer.contests.settings.divergence.criterionSpreadHint')}
          error={errors.settings?.divergence?.criterionSpreadPoints?.message}
          {...register('settings.divergence.criterionSpreadPoints', {
            ...criterionRules,
            // Switched off, the value is not sent at all, so it cannot block the save.
            validate: (value, all) => !all.criterionSpreadOn || criterionRules.validate(value),
          })}
        />
      ) : null}
    </fieldset>
  );
}
