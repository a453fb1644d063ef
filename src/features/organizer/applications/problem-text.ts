import type { TFunction } from 'i18next';
import { isApiError } from '@/api/api-error';
import type { PreparedImport } from './import-rows';

/** `rows.12.Название` — how the server points at a cell the request itself could not carry. */
const ROW_FIELD = /^rows\.(\d+)\.(.+)$/;

/**
 * Why a preview request failed, in words. Row-level problems usually come back inside the preview; this
 * covers the request as a whole: rights, a deleted contest, a cell the contract refuses, the network.
 */
export function previewFailureText(t: TFunction, error: unknown, prepared: PreparedImport): string {
  const key = 'organizer.applications.import.preview';
  if (!isApiError(error)) return t(`${key}.failed`);
  if (error.status === 403) return t(`${key}.forbidden`);
  if (error.status === 404) return t(`${key}.contestMissing`);
  if (error.status === 422 || error.status === 400) {
    const [first] = error.fieldErrors;
    const cell = first === undefined ? null : ROW_FIELD.exec(first.field);
    if (first !== undefined && cell !== null) {
      const index = Number(cell[1]);
      return t(`${key}.invalidRow`, {
        row: prepared.fileRows[index] ?? index + 2,
        column: cell[2] ?? '',
        message: first.message,
      });
    }
    return t(`${key}.invalid`, {
      detail: first?.message ?? error.problem?.detail ?? error.problem?.title ?? '',
    });
  }
  return t(`${key}.failed`);
}
