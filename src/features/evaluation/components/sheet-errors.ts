import type { TFunction } from 'i18next';
import type { Criterion } from '@/api/schemas/criteria';

/** A problem as the domain validator or the server's 422 reports it. */
export interface SheetProblem {
  field: string;
  code: string;
  params?: Record<string, number | string> | undefined;
  /** The server's own wording, used only for codes this client does not know. */
  message?: string | undefined;
}

export interface ShownError {
  field: string;
  /** Under the field. */
  inline: string;
  /** In the error summary, naming the criterion. */
  summary: string;
}

function num(params: SheetProblem['params'], key: string): number {
  const value = params?.[key];
  return typeof value === 'number' ? value : Number(value ?? 0);
}

function criterionMessage(t: TFunction, problem: SheetProblem, inline: boolean): string {
  const { code, params } = problem;
  const min = num(params, 'min');
  switch (code) {
    case 'required':
      return inline ? t('evaluation.errors.scoreRequiredInline') : t('evaluation.errors.scoreRequired');
    case 'outOfRange': {
      const range = { min, max: num(params, 'max') };
      return inline
        ? t('evaluation.errors.outOfRangeInline', range)
        : t('evaluation.errors.outOfRange', range);
    }
    case 'notInteger':
      return inline ? t('evaluation.errors.notIntegerInline') : t('evaluation.errors.notInteger');
    case 'commentRequired':
      return inline ? t('evaluation.errors.commentRequiredInline') : t('evaluation.errors.commentRequired');
    case 'commentTooShort': {
      const values = { count: min, actual: num(params, 'actual') };
      return inline
        ? t('evaluation.errors.commentTooShortInline', values)
        : t('evaluation.errors.commentTooShort', values);
    }
    case 'unknownCriterion':
      return t('evaluation.errors.unknownCriterion');
    default:
      return problem.message ?? t('evaluation.errors.unknown');
  }
}

function sheetMessage(t: TFunction, problem: SheetProblem): string {
  if (problem.field === 'recommendation') return t('evaluation.errors.recommendationRequired');
  if (problem.code === 'commentTooShort') {
    return t('evaluation.errors.overallTooShort', {
      count: num(problem.params, 'min'),
      actual: num(problem.params, 'actual'),
    });
  }
  if (problem.code === 'commentRequired' || problem.code === 'required') {
    return t('evaluation.errors.overallRequired');
  }
  return problem.message ?? t('evaluation.errors.unknown');
}

/** Turns codes into sentences; the summary names the criterion so each entry stands on its own. */
export function describeProblems(
  problems: readonly SheetProblem[],
  criteria: readonly Criterion[],
  t: TFunction,
): ShownError[] {
  const titles = new Map(criteria.map((c) => [c.id, c.title]));
  return problems.map((problem) => {
    const dot = problem.field.indexOf('.');
    const criterionId = dot > 0 ? problem.field.slice(dot + 1) : null;
    const title = criterionId === null ? undefined : titles.get(criterionId);
    if (criterionId === null) {
      const message = sheetMessage(t, problem);
      return { field: problem.field, inline: message, summary: message };
    }
    return {
      field: problem.field,
      inline: criterionMessage(t, problem, true),
      summary: t('evaluation.errors.item', {
        title: title ?? criterionId,
        message: criterionMessage(t, problem, false),
      }),
    };
  });
}

/** Client errors first (they follow the form's order); server-only errors are appended. */
export function mergeProblems(
  client: readonly SheetProblem[],
  server: readonly SheetProblem[],
): SheetProblem[] {
  const seen = new Set(client.map((p) => p.field));
  return [...client, ...server.filter((p) => !seen.has(p.field))];
}
