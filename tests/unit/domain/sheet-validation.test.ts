import { test, expect } from 'vitest';
import { validateSheet } from '@/domain/sheet-validation';
import type { SheetInput, SheetRules } from '@/domain/sheet-validation';
import type { CommentMode, CriterionDef } from '@/domain/criteria';

function criterion(id: string, mode: CommentMode = 'whenBelowMax', minLength = 10): CriterionDef {
  return {
    id,
    title: id,
    description: '',
    scaleMin: 0,
    scaleMax: 10,
    weight: 1,
    descriptors: [],
    comment: { mode, minLength },
  };
}

const criteria = [criterion('relevance'), criterion('team'), criterion('budget')];
const noExtras: SheetRules = { recommendation: false, overallComment: 'none', overallCommentMinLength: 0 };
const justification = 'Цели сформулированы нечётко';

function sheet(overrides: Partial<SheetInput> = {}): SheetInput {
  return {
    scores: { relevance: 10, team: 10, budget: 10 },
    comments: {},
    recommendation: null,
    overallComment: '',
    ...overrides,
  };
}

test('a complete sheet with full scores needs no comments', () => {
  expect(validateSheet(sheet(), criteria, noExtras, 'submit')).toEqual([]);
});

test('a draft may leave scores and comments empty', () => {
  const draft = sheet({ scores: { relevance: null, team: 3 } });
  expect(validateSheet(draft, criteria, noExtras, 'draft')).toEqual([]);
});

test('a draft still rejects fractional and out-of-scale scores', () => {
  const draft = sheet({ scores: { relevance: 2.5, team: 11, budget: -1 } });
  expect(validateSheet(draft, criteria, noExtras, 'draft')).toEqual([
    { field: 'scores.relevance', code: 'notInteger' },
    { field: 'scores.team', code: 'outOfRange', params: { min: 0, max: 10 } },
    { field: 'scores.budget', code: 'outOfRange', params: { min: 0, max: 10 } },
  ]);
});

test('a draft rejects scores and comments for criteria not in the set', () => {
  const draft = sheet({ scores: { relevance: 5, ghost: 3 }, comments: { phantom: 'текст' } });
  expect(validateSheet(draft, criteria, noExtras, 'draft')).toEqual([
    { field: 'scores.ghost', code: 'unknownCriterion' },
    { field: 'comments.phantom', code: 'unknownCriterion' },
  ]);
});

test('submitting requires every score', () => {
  const input = sheet({ scores: { relevance: 10, budget: null } });
  expect(validateSheet(input, criteria, noExtras, 'submit')).toEqual([
    { field: 'scores.team', code: 'required' },
    { field: 'scores.budget', code: 'required' },
  ]);
});

test('a score of zero is a real score and needs a justifying comment', () => {
  const input = sheet({ scores: { relevance: 0, team: 10, budget: 10 } });
  expect(validateSheet(input, criteria, noExtras, 'submit')).toEqual([
    { field: 'comments.relevance', code: 'commentRequired' },
  ]);
  const justified = sheet({
    scores: { relevance: 0, team: 10, budget: 10 },
    comments: { relevance: justification },
  });
  expect(validateSheet(justified, criteria, noExtras, 'submit')).toEqual([]);
});

test('one point below the maximum already needs a comment', () => {
  const input = sheet({ scores: { relevance: 9, team: 10, budget: 10 } });
  expect(validateSheet(input, criteria, noExtras, 'submit')).toEqual([
    { field: 'comments.relevance', code: 'commentRequired' },
  ]);
});

test('comment rule always requires a comment even for a full score', () => {
  const set = [criterion('relevance', 'always', 5)];
  expect(validateSheet(sheet({ scores: { relevance: 10 } }), set, noExtras, 'submit')).toEqual([
    { field: 'comments.relevance', code: 'commentRequired' },
  ]);
});

test('comment rule never requires nothing even for a low score', () => {
  const set = [criterion('relevance', 'never', 50)];
  const input = sheet({ scores: { relevance: 1 }, comments: { relevance: 'ok' } });
  expect(validateSheet(input, set, noExtras, 'submit')).toEqual([]);
});

test('comments are trimmed before checking presence and length', () => {
  const input = sheet({
    scores: { relevance: 5, team: 5, budget: 10 },
    comments: { relevance: '   \n ', team: '  слабо  ' },
  });
  expect(validateSheet(input, criteria, noExtras, 'submit')).toEqual([
    { field: 'comments.relevance', code: 'commentRequired' },
    { field: 'comments.team', code: 'commentTooShort', params: { min: 10, actual: 5 } },
  ]);
});

test('a short optional comment on a full score is not blocked', () => {
  const input = sheet({ comments: { relevance: 'Отлично' } });
  expect(validateSheet(input, criteria, noExtras, 'submit')).toEqual([]);
});

test('errors come in criteria order, then recommendation, then overall comment', () => {
  const rules: SheetRules = { recommendation: true, overallComment: 'required', overallCommentMinLength: 30 };
  const input = sheet({ scores: { relevance: 10, team: null, budget: 3 }, overallComment: 'Коротко' });
  expect(validateSheet(input, criteria, rules, 'submit')).toEqual([
    { field: 'scores.team', code: 'required' },
    { field: 'comments.budget', code: 'commentRequired' },
    { field: 'recommendation', code: 'required' },
    { field: 'overallComment', code: 'commentTooShort', params: { min: 30, actual: 7 } },
  ]);
});

test('a required overall comment must not be blank', () => {
  const rules: SheetRules = { recommendation: false, overallComment: 'required', overallCommentMinLength: 0 };
  expect(validateSheet(sheet({ overallComment: '  ' }), criteria, rules, 'submit')).toEqual([
    { field: 'overallComment', code: 'commentRequired' },
  ]);
});

test('an optional overall comment and a given recommendation pass', () => {
  const rules: SheetRules = { recommendation: true, overallComment: 'optional', overallCommentMinLength: 30 };
  const input = sheet({ recommendation: 'reject', overallComment: 'Кратко' });
  expect(validateSheet(input, criteria, rules, 'submit')).toEqual([]);
  expect(validateSheet(sheet({ recommendation: 'support' }), criteria, rules, 'submit')).toEqual([]);
});

test('a draft does not require the recommendation or the overall comment', () => {
  const rules: SheetRules = { recommendation: true, overallComment: 'required', overallCommentMinLength: 30 };
  expect(validateSheet(sheet(), criteria, rules, 'draft')).toEqual([]);
});
