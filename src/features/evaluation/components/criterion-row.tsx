import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '@/api/schemas/criteria';
import { descriptorFor } from '@/domain/criteria';
import { isCommentRequired } from '@/domain/sheet-validation';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { DraftEngine } from '../draft/draft-engine';
import { useDraftComment, useDraftScore } from '../draft/use-sheet-draft';
import { CommentField } from './comment-field';
import { DescriptorList } from './descriptor-list';
import { advanceFrom, commentDomId, scoreDomId } from './field-ids';
import { ScoreScale } from './score-scale';
import type { DraftActions } from './use-draft-actions';

interface CriterionRowProps {
  engine: DraftEngine;
  criterion: Criterion;
  number: number;
  scoreError: string | undefined;
  commentError: string | undefined;
  readOnly: boolean;
  actions: DraftActions;
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
 * One criterion. It subscribes to its own score and comment only and is memoised on stable props:
 * a keystroke in one comment re-renders this row alone, which keeps a 20-criterion sheet fast.
 */
export const CriterionRow = memo(function CriterionRow(props: CriterionRowProps) {
  const { engine, criterion, number, scoreError, commentError, readOnly, actions } = props;
  const { t } = useTranslation();
  const score = useDraftScore(engine, criterion.id);
  const comment = useDraftComment(engine, criterion.id);
  const rule = useRuleText(criterion);
  const scoreErrorId = `${scoreDomId(criterion.id)}-error`;
  const hasComment = criterion.comment.mode !== 'never' || comment.trim() !== '';

  return (
    <fieldset className="criterion" id={`criterion-${criterion.id}`}>
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
          id={scoreDomId(criterion.id)}
          criterionId={criterion.id}
          title={criterion.title}
          min={criterion.scaleMin}
          max={criterion.scaleMax}
          value={score}
          invalid={scoreError !== undefined}
          describedBy={scoreError === undefined ? undefined : scoreErrorId}
          onChange={actions.setScore}
          onEnter={advanceFrom}
        />
      )}
      {scoreError ? (
        <p id={scoreErrorId} className="field__error">
          {scoreError}
        </p>
      ) : null}
      {hasComment ? (
        <CommentField
          id={commentDomId(criterion.id)}
          label={t('evaluation.form.comment')}
          name={t('evaluation.form.commentFor', { title: criterion.title })}
          rule={rule}
          value={comment}
          minLength={criterion.comment.mode === 'never' ? 0 : criterion.comment.minLength}
          required={isCommentRequired(criterion, score)}
          error={commentError}
          readOnly={readOnly}
          onChange={(text) => actions.setComment(criterion.id, text)}
        />
      ) : null}
    </fieldset>
  );
});
