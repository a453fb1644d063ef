import type { ExpertImportRow } from '@/api/schemas/expert-inputs';

export type ImportColumn = keyof ExpertImportRow;

/**
 * The pool file's columns: the header written in the template first, then the spellings people
 * actually use. Headers are part of the file format (like the application import's), so they stay
 * Russian whatever the interface language.
 */
export const IMPORT_COLUMNS: readonly {
  key: ImportColumn;
  header: string;
  aliases: string[];
  required: boolean;
}[] = [
  { key: 'fullName', header: 'ФИО', aliases: ['фамилия имя отчество', 'эксперт'], required: true },
  {
    key: 'email',
    header: 'Email',
    aliases: ['e-mail', 'электронная почта', 'эл. почта', 'почта', 'адрес электронной почты'],
    required: true,
  },
  {
    key: 'regionCode',
    header: 'Регион (код)',
    aliases: ['регион', 'код региона', 'субъект рф', 'код субъекта'],
    required: true,
  },
  {
    key: 'affiliations',
    header: 'Аффилиации',
    aliases: ['аффилированные организации', 'организации'],
    required: false,
  },
  { key: 'expertise', header: 'Экспертиза', aliases: ['номинации', 'номинации экспертизы'], required: false },
  {
    key: 'loadCap',
    header: 'Лимит',
    aliases: ['лимит нагрузки', 'нагрузка', 'максимум заявок'],
    required: false,
  },
];

/** The server takes at most this many rows per request. */
export const MAX_IMPORT_ROWS = 5000;

/** Excel and people vary case, «ё», spacing and the dash in «E-mail»; the meaning does not change. */
function normaliseHeader(header: string): string {
  return header
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_HEADER = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normaliseHeader(h), c.key] as const)),
);

export interface ColumnMapping {
  /** Column index in the file per field; absent when the file lacks the column. */
  indexOf: Partial<Record<ImportColumn, number>>;
  missingRequired: ImportColumn[];
  missingOptional: ImportColumn[];
  /** Headers that match no field, shown so a typo in a header is noticed. */
  ignored: string[];
}

export function mapColumns(headers: readonly string[]): ColumnMapping {
  const indexOf: Partial<Record<ImportColumn, number>> = {};
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const key = BY_HEADER.get(normaliseHeader(header));
    // The first of two same-named columns wins; the second is reported as unused.
    if (key === undefined || indexOf[key] !== undefined) {
      if (header.trim() !== '') ignored.push(header);
      return;
    }
    indexOf[key] = index;
  });
  const absent = IMPORT_COLUMNS.filter((c) => indexOf[c.key] === undefined);
  return {
    indexOf,
    missingRequired: absent.filter((c) => c.required).map((c) => c.key),
    missingOptional: absent.filter((c) => !c.required).map((c) => c.key),
    ignored,
  };
}

export function headerOf(key: ImportColumn): string {
  return IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

/** Cells stay text: the server decides what a valid region, ИНН or cap is and reports it per row. */
export function toImportRows(rows: readonly string[][], mapping: ColumnMapping): ExpertImportRow[] {
  const cell = (row: readonly string[], key: ImportColumn): string => {
    const index = mapping.indexOf[key];
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  return rows.map((row) => ({
    fullName: cell(row, 'fullName'),
    email: cell(row, 'email'),
    regionCode: cell(row, 'regionCode'),
    affiliations: cell(row, 'affiliations'),
    expertise: cell(row, 'expertise'),
    loadCap: cell(row, 'loadCap'),
  }));
}

function csvCell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The template as Excel opens it correctly on a Russian Windows: UTF-8 with a BOM (without it Excel
 * assumes Windows-1251 and garbles the Cyrillic) and `;`, the list separator of the Russian locale.
 */
export function templateCsv(example: { nomination: string | undefined }): string {
  const header = IMPORT_COLUMNS.map((c) => c.header);
  const row = [
    'Петрова Мария Ивановна',
    'm.petrova@example.ru',
    '77',
    '7707083893 ПАО Сбербанк; 7728168971 АО "Альфа-Банк"',
    example.nomination ?? '',
    '20',
  ];
  return `\uFEFF${[header, row].map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
