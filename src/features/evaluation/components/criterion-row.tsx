import { memo } from 'react';
import type { Criterion } from '@/api/schemas/criteria';
import { CriterionCard } from '@/components/criteria/criterion-card';
import type { DraftEngine } from '../draft/draft-engine';
import { useDraftComment, useDraftScore } from '../draft/use-sheet-draft';
import { advanceFrom, commentDomId, scoreDomId } from './field-ids';
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

/**
 * One criterion wired to the draft. It subscribes to its own score and comment only and is memoised
 * on stable props: a keystroke in one comment re-renders this row alone, which keeps a 20-criterion
 * sheet fast. What it looks like lives in the shared CriterionCard (the organizer previews with it).
 */
export const CriterionRow = memo(function CriterionRow(props: CriterionRowProps) {
  const { engine, criterion, actions } = props;
  const score = useDraftScore(engine, criterion.id);
  const comment = useDraftComment(engine, criterion.id);
  return (
    <CriterionCard
      criterion={criterion}
      number={props.number}
      score={score}
      comment={comment}
      domId={`criterion-${criterion.id}`}
      scoreId={scoreDomId(criterion.id)}
      commentId={commentDomId(criterion.id)}
      scoreError={props.scoreError}
      commentError={props.commentError}
      readOnly={props.readOnly}
      onScoreChange={actions.setScore}
      onCommentChange={actions.setComment}
      onEnter={advanceFrom}
    />
  );
});
