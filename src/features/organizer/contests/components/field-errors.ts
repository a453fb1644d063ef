import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/api/api-error';
import { fieldErrorText } from '../problems';

/**
 * Puts a 422's field errors onto the form's own fields (focusing the first) and returns how many landed.
 * `toField` names the form field a server path belongs to, or null when the form has no such field.
 */
export function applyFieldErrors<T extends FieldValues>(
  t: TFunction,
  error: unknown,
  setError: UseFormSetError<T>,
  toField: (serverField: string) => Path<T> | null,
): number {
  if (!isApiError(error) || error.status !== 422) return 0;
  let placed = 0;
  for (const fieldError of error.fieldErrors) {
    const name = toField(fieldError.field);
    if (name === null) continue;
    setError(name, { type: 'server', message: fieldErrorText(t, fieldError) }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return placed;
}
