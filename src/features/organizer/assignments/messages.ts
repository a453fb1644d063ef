import type { TFunction } from 'i18next';
import { isApiError } from '@/api/api-error';
import type { AssignmentRefusalCode, RefusedPair } from '@/api/schemas/assignments';

const REFUSAL_CODES: readonly AssignmentRefusalCode[] = [
  'sameOrganization',
  'regionRule',
  'overCap',
  'duplicate',
  'recused',
  'notFound',
];

/** The refusal in our words, then the server's specifics (which expert, which ИНН, which cap). */
export function refusalText(t: TFunction, refused: Pick<RefusedPair, 'code' | 'message'>): string {
  const code = REFUSAL_CODES.find((c) => c === refused.code);
  if (code === undefined) return refused.message;
  const reason = t(`organizer.assignments.refusal.${code}`);
  return refused.message
    ? t('organizer.assignments.refusal.detail', { reason, detail: refused.message })
    : reason;
}

const UNCOVERED_REASONS = ['conflicts', 'capacity', 'noExperts', 'noExpertise', 'stageClosed'] as const;

export function uncoveredReasonText(t: TFunction, code: string): string {
  const known = UNCOVERED_REASONS.find((r) => r === code);
  return known === undefined
    ? t('organizer.assignments.distribution.reasons.unknown', { code })
    : t(`organizer.assignments.distribution.reasons.${known}`);
}

/**
 * Any failed request in words. Specific codes (a stale preview, a submitted sheet) are handled by
 * their callers first; this is the fallback that never leaves the user with a bare status code.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('organizer.assignments.errors.generic');
  const detail = error.problem?.detail ?? error.problem?.title ?? '';
  if (error.status === 0) return t('organizer.assignments.errors.network');
  if (error.status >= 500) return t('organizer.assignments.errors.server');
  if (error.status === 403) return t('organizer.assignments.errors.forbidden');
  if (error.status === 404) return t('organizer.assignments.errors.notFound');
  if (error.status === 422 || error.status === 400) {
    const fields = error.fieldErrors.map((f) => f.message).join('; ');
    return t('organizer.assignments.errors.validation', { detail: fields || detail });
  }
  if (error.status === 409 && error.code === 'conflict' && detail === '')
    return t('organizer.assignments.errors.stageClosed');
  if (error.status === 409) return t('organizer.assignments.errors.conflict', { detail });
  return detail || t('organizer.assignments.errors.generic');
}
