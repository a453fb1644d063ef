import type { Application } from '@/api/schemas/applications';
import type { FieldError } from '@/api/schemas/common';
import type { Nomination } from '@/api/schemas/contests';
import { IMPORT_SHORT_CELL_MAX_LENGTH } from '@/api/schemas/import-headers';
import {
  IMPORT_HEADER_FIELDS,
  type ApplicationInput,
  type ImportCommitResult,
  type ImportHeader,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportRow,
} from '@/api/schemas/imports';
import { isValidInn } from '@/domain/conflicts';
import type { MockDatabase } from '@mocks/db/database';
import {
  parseAmount,
  parseConfirmed,
  parseCount,
  parseDate,
  type CellResult,
} from '@mocks/db/rules/import-cells';
import { findRegion } from '@mocks/db/rules/region-lookup';
import { audit, isoNow, requireContest, type StaffContext } from '@mocks/db/rules/staff-context';
import { ApiProblem } from '@mocks/handlers/support';

/**
 * Errors name the column by its Russian header, as the organizer sees it in the file; `params.path`
 * carries the Application field for clients that map errors onto the card.
 */
function cellError(
  header: ImportHeader,
  code: string,
  message: string,
  params: Record<string, string | number> = {},
): FieldError {
  return { field: header, code, message, params: { path: IMPORT_HEADER_FIELDS[header], ...params } };
}

/** Lengths the Application schema allows; checked here so a long cell is a row error, not a 500. */
function tooLong(header: ImportHeader, value: string): FieldError | null {
  const max = IMPORT_SHORT_CELL_MAX_LENGTH[header];
  return max !== undefined && value.length > max
    ? cellError(header, 'tooLong', `Не длиннее ${max} символов`, { max })
    : null;
}

function nominationKey(title: string): string {
  return title.trim().toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ').replace(/[«»"]/g, '');
}

interface RowContext {
  db: MockDatabase;
  contestId: string;
  nominations: ReadonlyMap<string, Nomination>;
  seenIds: Set<string>;
}

function checkRow(rc: RowContext, row: ImportRow, rowNumber: number): ImportPreviewRow {
  const errors: FieldError[] = [];
  const cell = (h: ImportHeader): string => (row[h] ?? '').trim();
  const required = (h: ImportHeader, what: string): string => {
    const v = cell(h);
    if (v === '') errors.push(cellError(h, 'required', `Не заполнено: ${what}`));
    const long = tooLong(h, v);
    if (long !== null) errors.push(long);
    return v;
  };
  const parsed = <T>(h: ImportHeader, code: string, result: CellResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    errors.push(cellError(h, code, result.message));
    return fallback;
  };

  const id = cell('ID');
  let action: ImportPreviewRow['action'] = 'create';
  let existing: Application | undefined;
  if (id === '') errors.push(cellError('ID', 'required', 'Не заполнен ID заявки'));
  else if (!/^\d{1,12}$/.test(id))
    errors.push(cellError('ID', 'invalidFormat', `«${id}»: ID заявки — от 1 до 12 цифр`));
  else if (rc.seenIds.has(id))
    errors.push(cellError('ID', 'duplicateInFile', `ID ${id} уже встречался выше в файле`));
  else {
    existing = rc.db.get('applications', id);
    if (existing !== undefined && existing.contestId !== rc.contestId) {
      errors.push(cellError('ID', 'idInOtherContest', `ID ${id} уже занят заявкой другого конкурса`));
    } else if (existing !== undefined) action = 'update';
  }
  if (id !== '') rc.seenIds.add(id);

  const title = required('Название', 'название проекта');
  const orgName = required('НКО', 'название организации');
  const innText = cell('ИНН').replace(/\s/g, '');
  if (innText === '') errors.push(cellError('ИНН', 'required', 'Не заполнен ИНН'));
  else if (!/^(\d{10}|\d{12})$/.test(innText)) {
    errors.push(
      cellError('ИНН', 'invalidFormat', `«${cell('ИНН')}»: ИНН — 10 цифр для организации или 12 для ИП`),
    );
  } else if (!isValidInn(innText)) {
    errors.push(
      cellError('ИНН', 'invalidInn', `ИНН ${innText} не проходит проверку контрольной суммы — опечатка?`),
    );
  }

  const regionText = cell('Регион');
  const region = regionText === '' ? null : findRegion(regionText);
  if (regionText === '') errors.push(cellError('Регион', 'required', 'Не указан регион'));
  else if (region === null) {
    errors.push(
      cellError(
        'Регион',
        'unknownRegion',
        `«${regionText}» — нет такого субъекта РФ (укажите название или двузначный код)`,
      ),
    );
  }

  const nominationTitle = cell('Номинация');
  const nomination = nominationTitle === '' ? undefined : rc.nominations.get(nominationKey(nominationTitle));
  if (nominationTitle === '') errors.push(cellError('Номинация', 'required', 'Не указана номинация'));
  else if (nomination === undefined) {
    errors.push(
      cellError('Номинация', 'unknownNomination', `Номинации «${nominationTitle}» нет в этом конкурсе`),
    );
  } else if (
    existing !== undefined &&
    existing.nominationId !== nomination.id &&
    rc.db.assignmentsByApplication(existing.id).length > 0
  ) {
    errors.push(
      cellError(
        'Номинация',
        'nominationLocked',
        'Заявка уже распределена экспертам: номинацию сменить нельзя',
      ),
    );
  }

  const startDate =
    cell('Дата начала') === ''
      ? null
      : parsed('Дата начала', 'invalidDate', parseDate(cell('Дата начала')), null);
  const endDate =
    cell('Дата окончания') === ''
      ? null
      : parsed('Дата окончания', 'invalidDate', parseDate(cell('Дата окончания')), null);
  if (startDate !== null && endDate !== null && endDate < startDate) {
    errors.push(cellError('Дата окончания', 'dateOrder', 'Дата окончания раньше даты начала'));
  }
  const amountText = cell('Сумма финансирования');
  const requestedAmount =
    amountText === ''
      ? (errors.push(cellError('Сумма финансирования', 'required', 'Не указана сумма финансирования')), 0)
      : parsed('Сумма финансирования', 'invalidAmount', parseAmount(amountText), 0);
  const participantsText = cell('Количество участников');
  const participantsCount =
    participantsText === ''
      ? null
      : parsed('Количество участников', 'invalidInteger', parseCount(participantsText), null);
  const confirmedByRegion = parsed(
    'Подтверждено субъектом РФ',
    'invalidBoolean',
    parseConfirmed(cell('Подтверждено субъектом РФ')),
    null,
  );
  const grantor = cell('Грантодатель');
  const grantorTooLong = tooLong('Грантодатель', grantor);
  if (grantorTooLong !== null) errors.push(grantorTooLong);

  const base = { rowNumber, id: id === '' ? null : id, errors };
  if (errors.length > 0 || region === null || nomination === undefined) return { ...base, action: 'error' };
  const application: ApplicationInput = {
    id,
    nominationId: nomination.id,
    title,
    organization: { name: orgName, inn: innText },
    region,
    startDate,
    endDate,
    goals: cell('Цель и задачи'),
    targetAudience: cell('Целевая аудитория'),
    summary: cell('Краткое описание'),
    grantor,
    requestedAmount,
    participantsCount,
    qualitativeResults: cell('Качественные результаты'),
    confirmedByRegion,
  };
  return { ...base, action, application };
}

interface StoredPreview {
  contestId: string;
  fileName: string;
  rows: ImportPreviewRow[];
}

/** Previews live in memory only: an unconfirmed import must leave no trace in the saved demo state. */
const previews = new WeakMap<MockDatabase, Map<string, StoredPreview>>();
const MAX_PREVIEWS = 20;

function previewStore(db: MockDatabase): Map<string, StoredPreview> {
  let store = previews.get(db);
  if (store === undefined) {
    store = new Map();
    previews.set(db, store);
  }
  return store;
}

export function previewImport(
  ctx: StaffContext,
  contestId: string,
  rows: readonly ImportRow[],
  fileName: string,
): ImportPreview {
  requireContest(ctx.db, contestId);
  const nominations = new Map(
    ctx.db.group('nominations', 'byContest', contestId).map((n) => [nominationKey(n.title), n]),
  );
  const rc: RowContext = { db: ctx.db, contestId, nominations, seenIds: new Set() };
  const checked = rows.map((row, i) => checkRow(rc, row, i + 1));
  const counts = { create: 0, update: 0, error: 0 };
  for (const r of checked) counts[r.action] += 1;
  const previewId = `import-${crypto.randomUUID()}`;
  const store = previewStore(ctx.db);
  store.set(previewId, { contestId, fileName, rows: checked });
  // Oldest first in a Map: drop abandoned previews so a long demo session does not hoard memory.
  for (const key of store.keys()) {
    if (store.size <= MAX_PREVIEWS) break;
    store.delete(key);
  }
  return { previewId, rows: checked, counts };
}

/**
 * Applies a preview once. Create vs update is decided again against the current table, so a row
 * whose ID appeared meanwhile (another import) updates it instead of duplicating.
 */
export function commitImport(ctx: StaffContext, contestId: string, previewId: string): ImportCommitResult {
  requireContest(ctx.db, contestId);
  const store = previewStore(ctx.db);
  const preview = store.get(previewId);
  if (preview === undefined || preview.contestId !== contestId) {
    throw new ApiProblem(409, 'previewExpired', 'Предпросмотр устарел', {
      detail: 'Предпросмотр импорта не найден или уже применён. Загрузите файл ещё раз.',
    });
  }
  store.delete(previewId);
  const at = isoNow(ctx);
  let created = 0;
  let updated = 0;
  let skipped = 0;
  for (const row of preview.rows) {
    const input = row.application;
    const existing = input === undefined ? undefined : ctx.db.get('applications', input.id);
    if (input === undefined || (existing !== undefined && existing.contestId !== contestId)) {
      skipped += 1;
    } else if (existing === undefined) {
      ctx.db.insert('applications', {
        ...input,
        contestId,
        attachments: [],
        screening: { status: 'pending', reason: null, decidedBy: null, decidedAt: null },
        importedAt: at,
        updatedAt: at,
      });
      created += 1;
    } else {
      const before = structuredClone(existing);
      const after = ctx.db.update('applications', existing.id, { ...input, updatedAt: at });
      audit(ctx, {
        contestId,
        objectType: 'application',
        objectId: existing.id,
        action: 'reimported',
        before,
        after,
      });
      updated += 1;
    }
  }
  audit(ctx, {
    contestId,
    objectType: 'application',
    objectId: previewId,
    action: 'imported',
    after: { fileName: preview.fileName, created, updated, skipped },
  });
  return { created, updated, skipped };
}
