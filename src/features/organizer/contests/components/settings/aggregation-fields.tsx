import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../radio-group';
import type { SettingsValues } from './form-values';

const METHODS = ['mean', 'median', 'closestPair', 'zScore'] as const;

export function AggregationFields() {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<SettingsValues>();
  return (
    <div className="contests-group">
      <RadioGroup
        legend={t('organizer.contests.settings.aggregation.legend')}
        hint={t('organizer.contests.settings.aggregation.hint')}
        error={errors.settings?.aggregationMethod?.message}
        inputProps={register('settings.aggregationMethod')}
        options={METHODS.map((method) => ({
          value: method,
          label: t(`organizer.contests.settings.aggregation.${method}`),
          hint: t(`organizer.contests.settings.aggregation.${method}Hint`),
        }))}
      />
    </div>
  );
}
