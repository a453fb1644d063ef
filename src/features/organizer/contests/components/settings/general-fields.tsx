import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { fieldId, type SettingsValues } from './form-values';

const STATUSES = ['draft', 'active', 'finished'] as const;

export function GeneralFields() {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<SettingsValues>();
  return (
    <fieldset className="contests-group">
      <legend className="contests-group__legend">{t('organizer.contests.settings.general.legend')}</legend>
      <TextField
        id={fieldId('title')}
        label={t('organizer.contests.settings.general.title')}
        error={errors.title?.message}
        autoComplete="off"
        {...register('title', {
          validate: (value) => value.trim() !== '' || t('organizer.contests.errors.required'),
          maxLength: { value: 300, message: t('organizer.contests.errors.tooLong', { max: 300 }) },
        })}
      />
      <TextAreaField
        id={fieldId('description')}
        label={t('organizer.contests.settings.general.description')}
        error={errors.description?.message}
        {...register('description', {
          maxLength: { value: 5000, message: t('organizer.contests.errors.tooLong', { max: 5000 }) },
        })}
      />
      <SelectField
        id={fieldId('status')}
        label={t('organizer.contests.settings.general.status')}
        error={errors.status?.message}
        hint={t('organizer.contests.settings.general.statusHint')}
        {...register('status')}
      >
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`contest.status.${status}`)}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
