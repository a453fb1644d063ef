import type { TFunction } from 'i18next';
import { isApiError } from '@/api/api-error';
import type { FieldError } from '@/api/schemas/common';

/**
 * A failed write in words. The caller explains its own 409s (they depend on what was being changed);
 * 422 field errors go onto the fields, so only the summary line comes from here.
 */
export function failureText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('organizer.contests.errors.unknown');
  if (error.status === 0) return t('organizer.contests.errors.network');
  if (error.status >= 500) return t('organizer.contests.errors.server');
  if (error.status === 403) return t('organizer.contests.errors.forbidden');
  if (error.status === 404) return t('organizer.contests.errors.notFound');
  if (error.status === 422 && error.fieldErrors.length > 0) return t('organizer.contests.errors.validation');
  const detail = error.problem?.detail ?? error.problem?.title;
  return detail ? t('organizer.contests.errors.generic', { detail }) : t('organizer.contests.errors.unknown');
}

/** One server field error in the console's own words; unknown codes keep the server's Russian text. */
export function fieldErrorText(t: TFunction, error: FieldError): string {
  switch (error.code) {
    case 'required':
      return t('organizer.contests.errors.required');
    case 'unknownCriterion':
      return t('organizer.contests.errors.unknownCriterion');
    case 'invalidOption':
      return t('organizer.contests.errors.invalidOption');
    case 'notFound':
      if (error.field === 'categoryId') return t('organizer.contests.errors.notFoundCategory');
      if (error.field === 'criteriaSetId') return t('organizer.contests.errors.notFoundCriteriaSet');
      return error.message;
    default:
      return error.message;
  }
}

export function isConflict(error: unknown, code: string): boolean {
  return isApiError(error) && error.status === 409 && error.code === code;
}
