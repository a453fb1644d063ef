import type { TFunction } from 'i18next';
import { isApiError } from '@/api/api-error';
import type { FieldError } from '@/api/schemas/common';
import type { stagesRu } from '@/i18n/messages/ru/organizer/stages';

type ErrorKey = keyof (typeof stagesRu)['errors'];

/**
 * Server answers turned into the section's own words. Field errors are matched by `field.code` first,
 * then by the generic validation code, and fall back to the server's Russian text, so a rule the client
 * does not know yet is still explained.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return isApiError(error) && error.status === 422 ? error.fieldErrors : [];
}

/** `applicationIds.3` → `applicationIds`: list items are reported on their list's field. */
export function baseField(field: string): string {
  return field.replace(/\.\d+$/, '');
}

const SPECIFIC: Partial<Record<string, ErrorKey>> = {
  'deadline.beforeStart': 'deadlineBeforeStart',
  'criteriaSetId.notFound': 'criteriaSetNotFound',
  'until.noDeadline': 'untilNoDeadline',
  'until.notLater': 'untilNotLater',
  'expertId.notFound': 'expertNotFound',
  'targetStageId.notFound': 'targetNotFound',
  'nominationId.notFound': 'nominationNotFound',
};

const GENERIC: Partial<Record<string, ErrorKey>> = {
  required: 'required',
  tooLong: 'tooLong',
  tooSmall: 'tooSmall',
  invalidFormat: 'invalidFormat',
  invalidOption: 'invalidOption',
};

type Translate = TFunction<'translation', undefined>;

export function fieldMessage(t: Translate, error: FieldError): string {
  const field = baseField(error.field);
  // Only the size limits carry parameters; naming them keeps the options typed.
  const params = { min: error.params?.['min'] ?? '', max: error.params?.['max'] ?? '' };
  const key = SPECIFIC[`${field}.${error.code}`] ?? GENERIC[error.code];
  if (key !== undefined) return t(`organizer.stages.errors.${key}`, params);
  return error.message;
}

/** One message per form field (the first error wins); `applicationIds.N` errors are joined instead. */
export function messagesByField(t: Translate, error: unknown): Map<string, string> {
  const byField = new Map<string, string>();
  for (const fieldError of fieldErrorsOf(error)) {
    const field = baseField(fieldError.field);
    const message = fieldMessage(t, fieldError);
    const previous = byField.get(field);
    if (previous === undefined) byField.set(field, message);
    else if (field !== fieldError.field) byField.set(field, `${previous} ${message}`);
  }
  return byField;
}

/** A sentence for the form's alert: why the save failed, never a raw status code. */
export function failureMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('organizer.stages.errors.saveFailed');
  if (error.status === 0 || error.status >= 500) return t('organizer.stages.errors.saveFailed');
  if (error.status === 422) return t('organizer.stages.errors.checkFields');
  if (error.status === 409 && error.code === 'frozen') return t('organizer.stages.errors.frozen');
  if (error.status === 409) return error.problem?.detail ?? t('organizer.stages.errors.conflict');
  if (error.status === 403) return t('organizer.stages.errors.forbidden');
  if (error.status === 404) return t('organizer.stages.errors.notFound');
  return error.problem?.detail ?? t('organizer.stages.errors.saveFailed');
}
