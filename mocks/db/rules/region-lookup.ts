import type { Region } from '@/api/schemas/common';
import { REGIONS, toRegion } from '@mocks/db/seed/regions';

/** Case, «ё», dash variants and repeated spaces differ between spreadsheets; the subject does not. */
function normaliseName(s: string): string {
  return s
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .replace(/[‐-―−-]+/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
const BY_NAME = new Map(REGIONS.map((r) => [normaliseName(r.name), r]));

/**
 * A region cell as people fill it in: the two-digit code («77», or «7» after a spreadsheet ate the
 * zero) or the subject's official name. Unknown text is null: the import reports it, never guesses.
 */
export function findRegion(text: string): Region | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^\d{1,2}$/.test(trimmed)) {
    const info = BY_CODE.get(trimmed.padStart(2, '0'));
    return info === undefined ? null : toRegion(info);
  }
  const info = BY_NAME.get(normaliseName(trimmed));
  return info === undefined ? null : toRegion(info);
}

export function regionByCodeOrNull(code: string): Region | null {
  const info = BY_CODE.get(code);
  return info === undefined ? null : toRegion(info);
}
