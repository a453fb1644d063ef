import { IMPORT_CELL_MAX_LENGTH } from '@/api/schemas/import-headers';
import type { TFunction } from 'i18next';
import { IMPORT_HEADER_FIELDS, IMPORT_HEADERS, type ImportHeader } from '@/api/schemas/import-headers';
import type { FieldError } from '@/api/schemas/common';
import type { ImportRow } from '@/api/schemas/imports';

const HEADER_BY_FIELD: ReadonlyMap<string, ImportHeader> = new Map(
  IMPORT_HEADERS.map((header) => [IMPORT_HEADER_FIELDS[header], header]),
);

function isImportHeader(value: string): value is ImportHeader {
  return IMPORT_HEADERS.some((header) => header === value);
}

/** The column an error points at: the server names the header, or (older servers) the Application field. */
export function columnOfError(error: FieldError): ImportHeader | null {
  if (isImportHeader(error.field)) return error.field;
  const path = error.params?.path;
  return (
    HEADER_BY_FIELD.get(error.field) ??
    (typeof path === 'string' ? HEADER_BY_FIELD.get(path) : undefined) ??
    null
  );
}

/** A date the user wrote in a known shape, so a refusal means the day does not exist, not a typo in format. */
const DATE_SHAPE = /^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})/;

export interface RowErrorContext {
  row: ImportRow | undefined;
  /** The file row where an ID first appeared, for «ID … уже встречался в строке N». */
  firstRowOfId: (id: string) => number | undefined;
}

/**
 * The error in the organizer's words, built from its code and the cell the client still holds; an unknown
 * code falls back to the server's own (Russian) message so nothing is ever shown blank.
 */
export function rowErrorText(t: TFunction, error: FieldError, context: RowErrorContext): string {
  const column = columnOfError(error);
  const value = column === null ? '' : (context.row?.[column] ?? '').trim();
  const key = 'organizer.applications.import.errors';
  switch (error.code) {
    case 'required':
      return t(`${key}.required`);
    case 'tooLong':
      return t(`${key}.tooLong`, { max: Number(error.params?.['max'] ?? IMPORT_CELL_MAX_LENGTH) });
    case 'invalidFormat':
      if (column === 'ID') return t(`${key}.idFormat`, { value });
      if (column === 'ИНН') return t(`${key}.innFormat`, { value });
      return error.message;
    case 'duplicateInFile': {
      const first = context.firstRowOfId(value);
      return first === undefined
        ? t(`${key}.duplicateInFileNoRow`, { value })
        : t(`${key}.duplicateInFile`, { value, first });
    }
    case 'idInOtherContest':
      return t(`${key}.idInOtherContest`, { value });
    case 'invalidInn':
      return t(`${key}.invalidInn`, { value: value.replace(/\s/g, '') });
    case 'unknownRegion':
      return t(`${key}.unknownRegion`, { value });
    case 'unknownNomination':
      return t(`${key}.unknownNomination`, { value });
    case 'nominationLocked':
      return t(`${key}.nominationLocked`);
    case 'invalidDate':
      return DATE_SHAPE.test(value) ? t(`${key}.dateMissing`, { value }) : t(`${key}.dateFormat`, { value });
    case 'dateOrder':
      return t(`${key}.dateOrder`);
    case 'invalidAmount':
      return t(`${key}.invalidAmount`, { value });
    case 'invalidInteger':
      return t(`${key}.invalidInteger`, { value });
    case 'invalidBoolean':
      return t(`${key}.invalidBoolean`, { value });
    default:
      return error.message;
  }
}
