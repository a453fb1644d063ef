/**
 * The Russian column headers of the application import file, exactly as on the seed card. Kept free of zod
 * so the browser can import them to parse CSV/XLSX without pulling the schema library into the bundle.
 */
export const IMPORT_HEADERS = [
  'ID',
  'Название',
  'НКО',
  'ИНН',
  'Регион',
  'Номинация',
  'Дата начала',
  'Дата окончания',
  'Цель и задачи',
  'Целевая аудитория',
  'Краткое описание',
  'Грантодатель',
  'Сумма финансирования',
  'Количество участников',
  'Качественные результаты',
  'Подтверждено субъектом РФ',
] as const;
export type ImportHeader = (typeof IMPORT_HEADERS)[number];

/**
 * Where each column lands in the Application (dotted path). Import row errors use these paths as
 * `FieldError.field`, so the client can point at the offending column by inverting this map.
 * `Регион` holds a region name or code and `Номинация` a nomination title; the server resolves both.
 */
export const IMPORT_HEADER_FIELDS = {
  ID: 'id',
  Название: 'title',
  НКО: 'organization.name',
  ИНН: 'organization.inn',
  Регион: 'region',
  Номинация: 'nominationId',
  'Дата начала': 'startDate',
  'Дата окончания': 'endDate',
  'Цель и задачи': 'goals',
  'Целевая аудитория': 'targetAudience',
  'Краткое описание': 'summary',
  Грантодатель: 'grantor',
  'Сумма финансирования': 'requestedAmount',
  'Количество участников': 'participantsCount',
  'Качественные результаты': 'qualitativeResults',
  'Подтверждено субъектом РФ': 'confirmedByRegion',
} as const satisfies Record<ImportHeader, string>;
export type ImportField = (typeof IMPORT_HEADER_FIELDS)[ImportHeader];

/** The columns without which no row can become an application; a file lacking one is refused as a whole. */
export const REQUIRED_IMPORT_HEADERS = [
  'ID',
  'Название',
  'НКО',
  'ИНН',
  'Регион',
  'Номинация',
  'Сумма финансирования',
] as const satisfies readonly ImportHeader[];

/** Characters a cell may hold: the Application's limits (short fields), else the import row's. */
export const IMPORT_CELL_MAX_LENGTH = 20000;
export const IMPORT_SHORT_CELL_MAX_LENGTH: Partial<Record<ImportHeader, number>> = {
  Название: 1000,
  НКО: 1000,
  Грантодатель: 1000,
};
