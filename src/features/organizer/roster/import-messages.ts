import type { TFunction } from 'i18next';
import type { FieldError } from '@/api/schemas/common';
import type { ExpertImportRow } from '@/api/schemas/expert-inputs';
import { headerOf, IMPORT_COLUMNS, type ImportColumn } from './import-columns';
import type { RowProblem, RowProblemKind } from './import-checks';

function problemMessage(kind: RowProblemKind, value: string, t: TFunction): string {
  switch (kind) {
    case 'empty':
      return t('organizer.roster.import.problems.empty');
    case 'email':
      return t('organizer.roster.import.problems.email', { value });
    case 'duplicate':
      return t('organizer.roster.import.problems.duplicate');
    case 'region':
      return t('organizer.roster.import.problems.region', { value });
    case 'inn':
      return t('organizer.roster.import.problems.inn', { value });
    case 'nomination':
      return t('organizer.roster.import.problems.nomination', { value });
    case 'cap':
      return t('organizer.roster.import.problems.cap', { value });
  }
}

/** «Email: «ivanov@» — не адрес электронной почты»: the column first, so the cell is easy to find. */
export function problemText(problem: RowProblem, t: TFunction): string {
  return t('organizer.roster.import.errorIn', {
    column: headerOf(problem.column),
    message: problemMessage(problem.kind, problem.value, t),
  });
}

const SERVER_KINDS: Readonly<Record<string, RowProblemKind>> = {
  required: 'empty',
  invalidFormat: 'email',
  duplicate: 'duplicate',
  unknownRegion: 'region',
  invalidNumber: 'cap',
};

function columnOf(field: string): ImportColumn | null {
  return IMPORT_COLUMNS.find((c) => c.key === field)?.key ?? null;
}

/**
 * A refused row's error in our words where the code is one we know; the server's Russian text where
 * it names the exact piece (one ИНН, one nomination) or the code is new to this client.
 */
/** «Номинация … не найдена» after «Экспертиза:» reads as one sentence; «ИНН …» keeps its capitals. */
function continuing(message: string): string {
  return /^\p{Lu}\p{Ll}/u.test(message)
    ? `${message.charAt(0).toLocaleLowerCase('ru')}${message.slice(1)}`
    : message;
}

export function serverErrorText(error: FieldError, row: ExpertImportRow | undefined, t: TFunction): string {
  const column = columnOf(error.field);
  if (column === null) return error.message;
  const kind = SERVER_KINDS[error.code];
  const message =
    kind === undefined || row === undefined
      ? continuing(error.message)
      : problemMessage(kind, row[column], t);
  return t('organizer.roster.import.errorIn', { column: headerOf(column), message });
}
