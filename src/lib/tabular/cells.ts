/** Cell clean-up shared by the CSV and XLSX paths. */

// BOM, zero-width spaces and joiners that Excel and copy-paste from the web leave around text.
const INVISIBLE = /\uFEFF|\u200B|\u200C|\u200D|\u2060/g;
// Non-breaking and other exotic spaces that `trim()` would keep inside a header.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** A data cell: invisible characters removed, trimmed; inner text left as typed. */
export function cleanCell(cell: string | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  return cell.replace(INVISIBLE, '').trim();
}

/** A header cell: additionally every run of whitespace (NBSP, tabs, line breaks) becomes one space. */
export function cleanHeader(cell: string): string {
  return cleanCell(cell).replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** Loose header comparison key: case- and whitespace-insensitive, `ё` = `е`. */
export function headerKey(header: string): string {
  return cleanHeader(header).toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, '');
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/**
 * `YYYY-MM-DD` of a date cell. read-excel-file builds Dates at UTC midnight from the serial day, so the
 * UTC calendar date is the one typed in Excel regardless of the browser's time zone.
 */
export function isoDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A number as plain decimal text, never `1e+21` or `1e-7`: the shortest round-trip digits (so 1234.56 stays
 * `1234.56`, not its binary expansion), with any exponent expanded.
 */
export function csvNumberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`.replace(/\.?0+$/, '');
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
