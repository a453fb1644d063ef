/**
 * Reads a spreadsheet the user picked (CSV/TXT or XLSX) into plain string cells, smoothing over what
 * real-world files from Excel and 1C look like: Windows-1251 bytes, `;` separators, a BOM glued to the first
 * header, non-breaking spaces, trailing empty columns and rows, dates stored as Date cells.
 *
 * The heavy parsers are loaded with dynamic `import()` so they land only in the chunk that reads a file.
 */
import { cleanCell, cleanHeader, csvNumberText, isoDate } from './cells';
import { decodeCsvBytes } from './decode';
import { sniffDelimiter } from './sniff-delimiter';

export interface TableSheet {
  /** Header cells, trimmed, BOM removed. */
  headers: string[];
  /** Data rows; every cell a string (trimmed); completely empty rows dropped; short rows padded with ''. */
  rows: string[][];
  /**
   * For each data row, its 1-based row number as the user sees it in the file (the header being row 1 unless
   * empty rows precede it): what Excel shows in its row gutter, and the record number for CSV.
   */
  rowNumbers: number[];
  source: 'csv' | 'xlsx';
  /** CSV only: how the bytes were decoded (UTF-8 with/without BOM, else Windows-1251) and the delimiter found. */
  encoding?: 'utf-8' | 'windows-1251';
  delimiter?: ';' | ',' | '\t';
}

export type TableReadReason = 'empty' | 'unsupportedType' | 'unreadable' | 'tooLarge' | 'noHeader';

export class TableReadError extends Error {
  constructor(
    readonly reason: TableReadReason,
    message?: string,
  ) {
    super(message ?? reason);
    this.name = 'TableReadError';
  }
}

/** Beyond this the browser tab would struggle long before the server would; 20 MB is ~100k CSV rows. */
export const MAX_TABLE_FILE_BYTES = 20 * 1024 * 1024;

/** What the file input should offer (`accept` attribute). */
export const TABLE_FILE_ACCEPT =
  '.csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Kind = 'csv' | 'xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWithZipMagic(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Decides by the bytes first (a renamed .xlsx is still a zip), then by the extension. */
function detectKind(file: File, bytes: Uint8Array): Kind {
  const extension = extensionOf(file.name);
  if (startsWithZipMagic(bytes)) {
    if (
      extension === 'csv' ||
      extension === 'txt' ||
      extension === 'tsv' ||
      extension === 'xlsx' ||
      !extension
    ) {
      return 'xlsx';
    }
    throw new TableReadError('unsupportedType', `Unsupported archive type: .${extension}`);
  }
  if (extension === 'xlsx') {
    // An .xlsx that is not a zip is broken (or an old .xls renamed), not a CSV in disguise.
    throw new TableReadError('unreadable', 'The .xlsx file is not a valid workbook');
  }
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  if (!extension && (file.type.startsWith('text/') || file.type === '')) return 'csv';
  throw new TableReadError('unsupportedType', `Unsupported file type: ${file.name}`);
}

async function readBytes(file: File): Promise<ArrayBuffer> {
  try {
    return await file.arrayBuffer();
  } catch (error) {
    throw new TableReadError('unreadable', error instanceof Error ? error.message : String(error));
  }
}

function isEmptyRow(row: readonly string[]): boolean {
  return row.every((cell) => cell === '');
}

/**
 * Turns raw cells into the sheet shape: drops completely empty rows (keeping the original row numbers),
 * takes the first remaining row as the header, and trims trailing columns that are empty everywhere.
 */
export function shapeTable(
  rawRows: readonly (readonly string[])[],
  meta: Pick<TableSheet, 'source' | 'encoding' | 'delimiter'>,
): TableSheet {
  const numbered: { cells: string[]; number: number }[] = [];
  rawRows.forEach((raw, index) => {
    const cells = raw.map(cleanCell);
    if (!isEmptyRow(cells)) numbered.push({ cells, number: index + 1 });
  });
  const [headerRow, ...dataRows] = numbered;
  if (!headerRow) throw new TableReadError('empty', 'The file has no rows');
  const headers = headerRow.cells.map(cleanHeader);
  if (headers.every((header) => header === ''))
    throw new TableReadError('noHeader', 'The header row is empty');

  // The width is the last column holding anything, in the header or any row: Excel often saves a few
  // formatted-but-empty columns to the right, while a value under a missing header must not be lost.
  let width = 0;
  for (const row of [headers, ...dataRows.map((row) => row.cells)]) {
    for (let column = row.length - 1; column >= width; column -= 1) {
      if (row[column] !== '') {
        width = column + 1;
        break;
      }
    }
  }
  const fit = (row: readonly string[]): string[] =>
    Array.from({ length: width }, (_, column) => row[column] ?? '');

  return {
    headers: fit(headers),
    rows: dataRows.map((row) => fit(row.cells)),
    rowNumbers: dataRows.map((row) => row.number),
    ...meta,
  };
}

async function readCsv(bytes: Uint8Array): Promise<TableSheet> {
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.trim() === '') throw new TableReadError('empty', 'The file holds only whitespace');
  const delimiter = sniffDelimiter(text);
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  // Papa reports recoverable quirks (a missing closing quote at EOF, ragged rows) as errors while still
  // returning the data; only give up when nothing usable came out.
  if (result.data.length === 0) throw new TableReadError('unreadable', 'No rows could be parsed');
  return shapeTable(result.data, { source: 'csv', encoding, delimiter });
}

type XlsxCell = string | number | boolean | Date | null | undefined;

function xlsxCellText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDate(cell);
  if (typeof cell === 'number') return csvNumberText(cell);
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  return cell;
}

async function readXlsx(buffer: ArrayBuffer): Promise<TableSheet> {
  const { readSheet } = await import('read-excel-file/browser');
  let data: readonly (readonly XlsxCell[])[];
  try {
    // An ArrayBuffer (not the File) so it works the same in the browser and under jsdom.
    // The library types Date cells as `typeof Date` (the constructor); at run time they are Date instances.
    data = (await readSheet(buffer, 1)) as unknown as readonly (readonly XlsxCell[])[];
  } catch (error) {
    throw new TableReadError('unreadable', error instanceof Error ? error.message : String(error));
  }
  return shapeTable(
    data.map((row) => row.map(xlsxCellText)),
    { source: 'xlsx' },
  );
}

/** Reads a .csv/.txt or .xlsx file chosen by the user. Throws TableReadError. */
export async function readTable(file: File): Promise<TableSheet> {
  if (file.size === 0) throw new TableReadError('empty', 'The file is empty');
  if (file.size > MAX_TABLE_FILE_BYTES) throw new TableReadError('tooLarge', 'The file is too large');
  const buffer = await readBytes(file);
  const bytes = new Uint8Array(buffer);
  const kind = detectKind(file, bytes);
  return kind === 'xlsx' ? readXlsx(buffer) : readCsv(bytes);
}
