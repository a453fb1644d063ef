import { headerKey } from './cells';

export interface HeaderMatch<H extends string> {
  /** For each column of the file, the known header it feeds, or null when it is dropped. */
  columns: (H | null)[];
  /** Columns whose header is not a known one (an empty header included); their cells are dropped. */
  unknown: { index: number; header: string }[];
  /** A known header met again: only its first column is read. */
  duplicates: { index: number; header: H }[];
  /** Known headers found, in the file's order. */
  found: H[];
  /** Required headers the file lacks, in the order of `required`. */
  missing: H[];
}

/**
 * Maps the file's header cells onto the known headers, ignoring case, spaces (NBSP included) and ё/е, so
 * «дата  НАЧАЛА» from a hand-edited file still lands in «Дата начала».
 */
export function matchHeaders<H extends string>(
  headers: readonly string[],
  known: readonly H[],
  required: readonly H[] = [],
): HeaderMatch<H> {
  const byKey = new Map(known.map((header) => [headerKey(header), header]));
  const seen = new Set<H>();
  const result: HeaderMatch<H> = { columns: [], unknown: [], duplicates: [], found: [], missing: [] };
  headers.forEach((raw, index) => {
    const header = byKey.get(headerKey(raw));
    if (header === undefined) {
      result.columns.push(null);
      result.unknown.push({ index, header: raw });
    } else if (seen.has(header)) {
      result.columns.push(null);
      result.duplicates.push({ index, header });
    } else {
      seen.add(header);
      result.columns.push(header);
      result.found.push(header);
    }
  });
  result.missing = required.filter((header) => !seen.has(header));
  return result;
}

/** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
