import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { RadioGroup } from '../radio-group';
import { fieldId, type SettingsValues } from './form-values';
import { integerRules } from './number-rules';

const COMMENT_MODES = ['always', 'whenBelowMax', 'never'] as const;
const OVERALL_MODES = ['none', 'optional', 'required'] as const;

/** What an expert is asked for on each sheet and what they may see after submitting. */
export function ReviewFields() {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<SettingsValues>();
  const blindHintId = `${fieldId('settings.blindReview.revealAfterSubmission')}-hint`;
  return (
    <fieldset className="contests-group">
      <legend className="contests-group__legend">{t('organizer.contests.settings.review.legend')}</legend>
      <div className="contests-check">
        <input
          type="checkbox"
          id={fieldId('settings.blindReview.revealAfterSubmission')}
          aria-describedby={blindHintId}
          {...register('settings.blindReview.revealAfterSubmission')}
        />
        <label htmlFor={fieldId('settings.blindReview.revealAfterSubmission')}>
          {t('organizer.contests.settings.review.blind')}
        </label>
        <p className="field__hint" id={blindHintId}>
          {t('organizer.contests.settings.review.blindHint')}
        </p>
      </div>
      <RadioGroup
        legend={t('organizer.contests.settings.review.commentRule')}
        hint={t('organizer.contests.settings.review.commentRuleHint')}
        error={errors.settings?.defaultCommentRule?.mode?.message}
        inputProps={register('settings.defaultCommentRule.mode')}
        options={COMMENT_MODES.map((mode) => ({
          value: mode,
          label: t(`organizer.contests.settings.review.commentModes.${mode}`),
        }))}
      >
        <TextField
          id={fieldId('settings.defaultCommentRule.minLength')}
          className="contests-number contests-nested"
          type="number"
          inputMode="numeric"
          min={0}
          max={2000}
          step={1}
          label={t('organizer.contests.settings.review.commentMinLength')}
          error={errors.settings?.defaultCommentRule?.minLength?.message}
          {...register('settings.defaultCommentRule.minLength', integerRules(t, 0, 2000))}
        />
      </RadioGroup>
      <div className="contests-check">
        <input
          type="checkbox"
          id={fieldId('settings.overallRecommendation')}
          {...register('settings.overallRecommendation')}
        />
        <label htmlFor={fieldId('settings.overallRecommendation')}>
          {t('organizer.contests.settings.review.overallRecommendation')}
        </label>
      </div>
      <RadioGroup
        legend={t('organizer.contests.settings.review.overallComment')}
        error={errors.settings?.overallComment?.message}
        inputProps={register('settings.overallComment')}
        options={OVERALL_MODES.map((mode) => ({
          value: mode,
          label: t(`organizer.contests.settings.review.overallModes.${mode}`),
        }))}
      >
        <TextField
          id={fieldId('settings.overallCommentMinLength')}
          className="contests-number contests-nested"
          type="number"
          inputMode="numeric"
          min={0}
          max={5000}
          step={1}
          label={t('organizer.contests.settings.review.overallCommentMinLength')}
          error={errors.settings?.overallCommentMinLength?.message}
          {...register('settings.overallCommentMinLength', integerRules(t, 0, 5000))}
        />
      </RadioGroup>
    </fieldset>
  );
}
