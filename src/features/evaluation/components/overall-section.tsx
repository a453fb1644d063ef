import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetRules } from '@/api/schemas/expert-cabinet';
import type { Recommendation } from '@/api/schemas/sheets';
import type { DraftEngine } from '../draft/draft-engine';
import { useDraftOverallComment, useDraftRecommendation } from '../draft/use-sheet-draft';
import { CommentField } from '@/components/criteria/comment-field';
import type { DraftActions } from './use-draft-actions';

interface OverallSectionProps {
  engine: DraftEngine;
  rules: SheetRules;
  recommendationError: string | undefined;
  commentError: string | undefined;
  readOnly: boolean;
  actions: DraftActions;
}

const OPTIONS: readonly Recommendation[] = ['support', 'reject'];

/** The sheet-level decision, shown only when the contest asks for it. */
export const OverallSection = memo(function OverallSection(props: OverallSectionProps) {
  const { engine, rules, recommendationError, commentError, readOnly, actions } = props;
  const { t } = useTranslation();
  const recommendation = useDraftRecommendation(engine);
  const overallComment = useDraftOverallComment(engine);
  if (!rules.recommendation && rules.overallComment === 'none') return null;
  const min = rules.overallCommentMinLength;
  const required = rules.overallComment === 'required';
  const rule = required
    ? min > 0
      ? t('evaluation.form.overallRequired', { count: min })
      : t('evaluation.form.overallRequiredNoMin')
    : t('evaluation.form.overallOptional');

  return (
    <section className="overall" aria-labelledby="overall-heading">
      <h3 id="overall-heading" className="overall__heading">
        {t('evaluation.form.overallHeading')}
      </h3>
      {rules.recommendation ? (
        <fieldset
          id="recommendation"
          className={recommendationError ? 'choice choice--invalid' : 'choice'}
          aria-describedby={recommendationError ? 'recommendation-error' : undefined}
        >
          <legend className="choice__legend">{t('evaluation.form.recommendation')}</legend>
          {readOnly ? (
            <p className="choice__read">
              {recommendation === null ? '—' : t(`evaluation.form.${recommendation}`)}
            </p>
          ) : (
            <div className="choice__options">
              {OPTIONS.map((option) => (
                <label key={option} className="choice__option">
                  <input
                    type="radio"
                    name="recommendation"
                    value={option}
                    checked={recommendation === option}
                    onChange={() => actions.setRecommendation(option)}
                  />
                  <span>{t(`evaluation.form.${option}`)}</span>
                </label>
              ))}
            </div>
          )}
          {recommendationError ? (
            <p id="recommendation-error" className="field__error">
              {recommendationError}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {rules.overallComment === 'none' ? null : (
        <CommentField
          id="overall-comment"
          label={t('evaluation.form.overallComment')}
          name={t('evaluation.form.overallComment')}
          rule={rule}
          value={overallComment}
          minLength={required ? min : 0}
          required={required}
          error={commentError}
          readOnly={readOnly}
          maxLength={20000}
          onChange={actions.setOverallComment}
        />
      )}
    </section>
  );
});
