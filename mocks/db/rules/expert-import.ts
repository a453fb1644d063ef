import type { FieldError, Organization, Region } from '@/api/schemas/common';
import type { ExpertImportResult, ExpertImportRow } from '@/api/schemas/expert-inputs';
import type { RowError } from '@/api/schemas/imports';
import { isValidInn } from '@/domain/conflicts';
import type { MockDatabase } from '@mocks/db/database';
import { applyExpertPatch, auditExpert, insertExpert } from '@mocks/db/rules/experts';
import { findRegion } from '@mocks/db/rules/region-lookup';
import { fieldError, type StaffContext } from '@mocks/db/rules/staff-context';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface ParsedRow {
  fullName: string;
  email: string;
  region: Region | null;
  /** null: the cell was empty — a new expert gets none, an existing one keeps theirs. */
  affiliations: Organization[] | null;
  expertise: string[] | null;
  loadCap: number | null;
}

function splitList(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** «7701234567 АНО "Доброе дело"»: the ИНН first, the name after it. */
function parseAffiliations(cell: string, errors: FieldError[]): Organization[] | null {
  const items = splitList(cell);
  if (items.length === 0) return null;
  const result: Organization[] = [];
  for (const item of items) {
    const match = /^(?:ИНН\s*:?\s*)?(\d[\d\s-]*\d)\s*[,—-]?\s*(.*)$/iu.exec(item);
    const inn = match?.[1]?.replace(/\D/g, '') ?? '';
    if (match === null || !isValidInn(inn)) {
      errors.push(
        fieldError(
          'affiliations',
          'invalidInn',
          `«${item}»: ИНН не найден или не проходит проверку контрольной суммы`,
        ),
      );
      continue;
    }
    result.push({ inn, name: match[2]?.trim() || `ИНН ${inn}` });
  }
  return result;
}

function parseExpertise(db: MockDatabase, cell: string, errors: FieldError[]): string[] | null {
  const items = splitList(cell);
  if (items.length === 0) return null;
  const ids: string[] = [];
  for (const item of items) {
    if (db.get('nominations', item) !== undefined) {
      ids.push(item);
      continue;
    }
    const wanted = item.toLocaleLowerCase('ru').replaceAll('ё', 'е');
    const matches = db
      .all('nominations')
      .filter((n) => n.title.toLocaleLowerCase('ru').replaceAll('ё', 'е') === wanted);
    if (matches.length === 0)
      errors.push(fieldError('expertise', 'unknownNomination', `Номинация «${item}» не найдена`));
    // A title shared by several contests means the same field of expertise in each of them.
    for (const n of matches) ids.push(n.id);
  }
  return [...new Set(ids)];
}

function parseRow(db: MockDatabase, row: ExpertImportRow, errors: FieldError[]): ParsedRow {
  const fullName = row.fullName.trim();
  if (fullName === '') errors.push(fieldError('fullName', 'required', 'Укажите ФИО'));
  const email = row.email.trim();
  if (email === '') errors.push(fieldError('email', 'required', 'Укажите электронную почту'));
  else if (!EMAIL.test(email))
    errors.push(fieldError('email', 'invalidFormat', `«${email}» — не адрес электронной почты`));
  const region = findRegion(row.regionCode);
  if (region === null) {
    errors.push(
      row.regionCode.trim() === ''
        ? fieldError('regionCode', 'required', 'Укажите код региона')
        : fieldError('regionCode', 'unknownRegion', `Нет субъекта РФ с кодом «${row.regionCode.trim()}»`),
    );
  }
  let loadCap: number | null = null;
  const capText = row.loadCap.replace(/\s/g, '');
  if (capText !== '') {
    if (!/^\d+$/.test(capText) || Number(capText) > 1000) {
      errors.push(fieldError('loadCap', 'invalidNumber', 'Лимит нагрузки — целое число от 0 до 1000'));
    } else loadCap = Number(capText);
  }
  return {
    fullName,
    email,
    region,
    affiliations: parseAffiliations(row.affiliations, errors),
    expertise: parseExpertise(db, row.expertise, errors),
    loadCap,
  };
}

/**
 * Good rows are applied, bad ones reported with their row number: a pool file of hundreds of experts
 * should not fail as a whole over one typo. An existing expert is matched by e-mail and updated.
 */
export function importExperts(ctx: StaffContext, rows: readonly ExpertImportRow[]): ExpertImportResult {
  const { db } = ctx;
  const byEmail = new Map(db.all('experts').map((e) => [e.email.toLowerCase(), e]));
  const seen = new Set<string>();
  const errors: RowError[] = [];
  let created = 0;
  let updated = 0;
  rows.forEach((row, i) => {
    const rowErrors: FieldError[] = [];
    const parsed = parseRow(db, row, rowErrors);
    const key = parsed.email.toLowerCase();
    if (key !== '' && seen.has(key))
      rowErrors.push(fieldError('email', 'duplicate', 'Эта почта уже встречалась выше в файле'));
    seen.add(key);
    if (rowErrors.length > 0 || parsed.region === null) {
      errors.push({ rowNumber: i + 1, errors: rowErrors });
      return;
    }
    const existing = byEmail.get(key);
    if (existing === undefined) {
      const row = insertExpert(db, {
        fullName: parsed.fullName,
        email: parsed.email,
        region: parsed.region,
        affiliations: parsed.affiliations ?? [],
        expertiseNominationIds: parsed.expertise ?? [],
        loadCap: parsed.loadCap ?? 0,
      });
      auditExpert(ctx, row.id, 'imported', null, row);
      created += 1;
      return;
    }
    const before = structuredClone(existing);
    const after = applyExpertPatch(db, existing, {
      fullName: parsed.fullName,
      region: parsed.region,
      ...(parsed.affiliations === null ? {} : { affiliations: parsed.affiliations }),
      ...(parsed.expertise === null ? {} : { expertiseNominationIds: parsed.expertise }),
      ...(parsed.loadCap === null ? {} : { loadCap: parsed.loadCap }),
    });
    auditExpert(ctx, existing.id, 'imported', before, after);
    updated += 1;
  });
  return { created, updated, errors };
}
