import type { CriterionDef } from './criteria';

/** A validation problem; `code` is stable and translated by the UI, never shown raw. */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, number | string>;
}

export type Recommendation = 'support' | 'reject';

export interface SheetInput {
  scores: Record<string, number | null>;
  comments: Record<string, string>;
  recommendation: Recommendation | null;
  overallComment: string;
}

export interface SheetRules {
  recommendation: boolean;
  overallComment: 'none' | 'optional' | 'required';
  overallCommentMinLength: number;
}

export type ValidationMode = 'draft' | 'submit';

/**
 * `whenBelowMax` is the Russian norm «каждый снятый балл обоснован»: every score below the top of the
 * scale needs a comment, including the bottom of the scale. A score that is not a finite number
 * gets its own error and does not trigger the comment requirement.
 */
export function isCommentRequired(criterion: CriterionDef, score: number | null | undefined): boolean {
  switch (criterion.comment.mode) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'whenBelowMax':
      return typeof score === 'number' && score < criterion.scaleMax;
  }
}

/**
 * Minimum length applies only to a required comment: an optional remark (say, on a full score) is
 * never blocked for being short. Length counts UTF-16 code units after trimming, as the browser's
 * own maxlength/minlength and `String.length` on the server do.
 */
function checkComment(
  errors: FieldError[],
  field: string,
  text: string | undefined,
  required: boolean,
  minLength: number,
): void {
  if (!required) return;
  const actual = (text ?? '').trim().length;
  if (actual === 0) errors.push({ field, code: 'commentRequired' });
  else if (actual < minLength)
    errors.push({ field, code: 'commentTooShort', params: { min: minLength, actual } });
}

function checkScore(
  errors: FieldError[],
  criterion: CriterionDef,
  score: number | null | undefined,
  mode: ValidationMode,
): void {
  const field = `scores.${criterion.id}`;
  if (score === null || score === undefined) {
    if (mode === 'submit') errors.push({ field, code: 'required' });
  } else if (!Number.isInteger(score)) {
    errors.push({ field, code: 'notInteger' });
  } else if (score < criterion.scaleMin || score > criterion.scaleMax) {
    errors.push({ field, code: 'outOfRange', params: { min: criterion.scaleMin, max: criterion.scaleMax } });
  }
}

/**
 * Drafts may be incomplete, so draft mode only rejects values that could never be right (fractions,
 * out-of-scale scores, ids not in the criteria set). Submit mode checks everything.
 * Order: per criterion (score, then comment), stray ids, recommendation, overall comment — the UI
 * focuses the first error.
 */
export function validateSheet(
  input: SheetInput,
  criteria: readonly CriterionDef[],
  rules: SheetRules,
  mode: ValidationMode,
): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set<string>();
  for (const criterion of criteria) {
    known.add(criterion.id);
    const score = input.scores[criterion.id];
    checkScore(errors, criterion, score, mode);
    if (mode === 'submit') {
      checkComment(
        errors,
        `comments.${criterion.id}`,
        input.comments[criterion.id],
        isCommentRequired(criterion, score),
        criterion.comment.minLength,
      );
    }
  }
  for (const id of Object.keys(input.scores)) {
    if (!known.has(id)) errors.push({ field: `scores.${id}`, code: 'unknownCriterion' });
  }
  for (const id of Object.keys(input.comments)) {
    if (!known.has(id)) errors.push({ field: `comments.${id}`, code: 'unknownCriterion' });
  }
  if (mode === 'submit') {
    if (rules.recommendation && input.recommendation === null) {
      errors.push({ field: 'recommendation', code: 'required' });
    }
    checkComment(
      errors,
      'overallComment',
      input.overallComment,
      rules.overallComment === 'required',
      rules.overallCommentMinLength,
    );
  }
  return errors;
}
