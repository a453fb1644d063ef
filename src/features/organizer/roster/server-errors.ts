import type { TFunction } from 'i18next';
import { isApiError } from '@/api/api-error';
import type { FieldError } from '@/api/schemas/common';
import { formFieldOf, type ExpertFieldName } from './expert-values';

export interface FieldProblem {
  field: ExpertFieldName;
  message: string;
}

export interface SaveFailure {
  /** Problems tied to form fields, in the order the form shows them. */
  fields: FieldProblem[];
  /** What the form says above its buttons; null when the field errors say it all. */
  summary: string | null;
}

/** Our own words for the codes the server documents; the server's Russian text for anything newer. */
function messageFor(field: ExpertFieldName, error: FieldError, t: TFunction): string {
  const { code } = error;
  if (field === 'email') {
    if (code === 'duplicate') return t('organizer.roster.form.emailTaken');
    if (code === 'invalidFormat') return t('organizer.roster.form.emailInvalid');
    if (code === 'required') return t('organizer.roster.form.emailRequired');
  }
  if (field === 'fullName') {
    if (code === 'required') return t('organizer.roster.form.fullNameRequired');
    if (code === 'tooLong') return t('organizer.roster.form.fullNameTooLong');
  }
  if (field === 'regionCode') return t('organizer.roster.form.regionUnknown');
  if (field === 'loadCap') return t('organizer.roster.form.loadCapInvalid');
  if (field === 'expertiseNominationIds' && code === 'notFound')
    return t('organizer.roster.form.expertiseUnknown');
  if (field === 'affiliations' && (code === 'tooBig' || code === 'tooLong' || code === 'tooMany'))
    return t('organizer.roster.form.affiliationsTooMany');
  if (field.endsWith('.inn') && (code === 'invalidInn' || code === 'invalidFormat'))
    return t('organizer.roster.form.innChecksum');
  return error.message;
}

/**
 * Turns a failed save into words: 422 and 409 land on their fields, everything else is a summary.
 * The form keeps its values either way — only the messages change.
 */
export function describeSaveFailure(error: unknown, t: TFunction): SaveFailure {
  if (!isApiError(error)) return { fields: [], summary: t('organizer.roster.form.failed') };
  const fields = error.fieldErrors.flatMap((fe): FieldProblem[] => {
    const field = formFieldOf(fe);
    return field === null ? [] : [{ field, message: messageFor(field, fe, t) }];
  });
  if (error.status === 409 && fields.length === 0) {
    // A 409 on an expert means the e-mail is taken, even from a server that names no field.
    fields.push({ field: 'email', message: t('organizer.roster.form.emailTaken') });
  }
  if (fields.length > 0) return { fields, summary: t('organizer.roster.form.summary') };
  if (error.status === 403) return { fields, summary: t('organizer.roster.form.forbidden') };
  if (error.status === 404) return { fields, summary: t('organizer.roster.form.notFound') };
  if (error.status === 422 || error.status === 400)
    return { fields, summary: error.problem?.detail ?? t('organizer.roster.form.failed') };
  return { fields, summary: t('organizer.roster.form.failed') };
}
