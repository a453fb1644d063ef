import { useTranslation } from 'react-i18next';
import type { Criterion } from '@/api/schemas/criteria';
import { descriptorFor } from '@/domain/criteria';
import { isCommentRequired } from '@/domain/sheet-validation';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { CommentField } from './comment-field';
import { DescriptorList } from './descriptor-list';
import { ScoreScale } from './score-scale';
import './criteria-sheet.css';

export interface CriterionCardProps {
  criterion: Criterion;
  number: number;
  score: number | null;
  comment: string;
  /** DOM ids: the expert's sheet derives them from validation field names, the organizer's preview prefixes them. */
  domId: string;
  scoreId: string;
  commentId: string;
  scoreError: string | undefined;
  commentError: string | undefined;
  readOnly: boolean;
  onScoreChange: (criterionId: string, score: number | null) => void;
  onCommentChange: (criterionId: string, text: string) => void;
  onEnter: (criterionId: string) => void;
}

function useRuleText(criterion: Criterion): string {
  const { t } = useTranslation();
  const { mode, minLength } = criterion.comment;
  if (mode === 'always') {
    return minLength > 0
      ? t('evaluation.form.commentAlways', { count: minLength })
      : t('evaluation.form.commentAlwaysNoMin');
  }
  if (mode === 'whenBelowMax') {
    return minLength > 0
      ? t('evaluation.form.commentBelowMax', { count: minLength })
      : t('evaluation.form.commentBelowMaxNoMin');
  }
  return t('evaluation.form.commentOptional');
}

/**
 * One criterion exactly as an expert scores it: title, weight and scale, description, the anchored
 * bands, the score buttons and the comment with its rule. Purely presentational, so the expert's sheet
 * (fed by the draft engine) and the organizer's preview (fed by local state) render the same thing.
 */
export function CriterionCard(props: CriterionCardProps) {
  const { criterion, number, score, comment, scoreError, commentError, readOnly } = props;
  const { t } = useTranslation();
  const rule = useRuleText(criterion);
  const scoreErrorId = `${props.scoreId}-error`;
  const hasComment = criterion.comment.mode !== 'never' || comment.trim() !== '';

  return (
    <fieldset className="criterion" id={props.domId}>
      <legend className="criterion__legend">
        <span className="criterion__number">{number}.</span> {criterion.title}
      </legend>
      <p className="criterion__meta">
        <span className="criterion__weight">
          {t('evaluation.form.weight', { weight: formatNumber(currentLocale(), criterion.weight) })}
        </span>
        <span>{t('evaluation.form.scale', { min: criterion.scaleMin, max: criterion.scaleMax })}</span>
      </p>
      {criterion.description ? <p className="criterion__description">{criterion.description}</p> : null}
      <DescriptorList descriptors={criterion.descriptors} active={descriptorFor(criterion, score)} />
      {readOnly ? (
        <p className="criterion__score-read">
          {score === null
            ? t('evaluation.form.noScore')
            : t('evaluation.form.scoreValue', { score, max: criterion.scaleMax })}
        </p>
      ) : (
        <ScoreScale
          id={props.scoreId}
          criterionId={criterion.id}
          title={criterion.title}
          min={criterion.scaleMin}
          max={criterion.scaleMax}
          value={score}
          invalid={scoreError !== undefined}
          describedBy={scoreError === undefined ? undefined : scoreErrorId}
          onChange={props.onScoreChange}
          onEnter={props.onEnter}
        />
      )}
      {scoreError ? (
        <p id={scoreErrorId} className="field__error">
          {scoreError}
        </p>
      ) : null}
      {hasComment ? (
        <CommentField
          id={props.commentId}
          label={t('evaluation.form.comment')}
          name={t('evaluation.form.commentFor', { title: criterion.title })}
          rule={rule}
          value={comment}
          minLength={criterion.comment.mode === 'never' ? 0 : criterion.comment.minLength}
          required={isCommentRequired(criterion, score)}
          error={commentError}
          readOnly={readOnly}
          onChange={(text) => props.onCommentChange(criterion.id, text)}
        />
      ) : null}
    </fieldset>
  );
}
