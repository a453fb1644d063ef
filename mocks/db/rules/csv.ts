export type CsvCell = string | number | null;

/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would execute as a formula (CSV injection). Applicant text is untrusted, so
 * such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Numbers as a Russian spreadsheet reads them: decimal comma, no grouping, at most two decimals. */
function formatNumberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',');
}

/** The one neutralisation rule, shared by the CSV and XLSX exports so both files treat a cell alike. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumberCell(cell);
  const safe = neutraliseFormula(cell);
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** `;`-separated (Excel's default for Russian locales), CRLF line ends, UTF-8 with BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** ASCII fallback plus the RFC 5987 form, so browsers save the Russian file name intact. */
export function attachmentHeader(asciiName: string, unicodeName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(unicodeName)}`;
}
