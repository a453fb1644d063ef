/**
 * Parsers for the cells of an application import file. Each returns the value or a Russian message
 * that tells the organizer what to fix; empty cells are the caller's business (some columns are optional).
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** Spaces of every width a spreadsheet uses as a thousands separator. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Excel's 1900 date system counts from 1899-12-30 (its day 60 is the fictional 29.02.1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 31.12.2100, the last day `isoDate` accepts. */
const MAX_EXCEL_SERIAL = 73_415;

/**
 * An Excel serial day number, as a date cell reads when its date format was lost (e.g. saved as CSV from a
 * «General» column): «45658» is 01.01.2025. Only five-digit serials (1927 onwards) count, so a year typed
 * alone («2025») or a small number is never silently read as a date in 1905.
 */
function excelSerialDate(t: string): CellResult<string> | null {
  const serial = /^(\d{5})(?:[.,]\d+)?$/.exec(t);
  if (serial === null) return null;
  const day = Number(serial[1]);
  if (day > MAX_EXCEL_SERIAL)
    return fail(`«${t}» — не дата: число дней Excel не может быть больше ${MAX_EXCEL_SERIAL}`);
  return ok(new Date(EXCEL_EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10));
}

/**
 * «2025-03-01», «2025-03-01T00:00:00» (an XLSX date the client turned into text), «01.03.2025» or an Excel
 * serial day number («45658»). Impossible dates like 31.02.2025 are refused rather than rolled over into March.
 */
export function parseDate(text: string): CellResult<string> {
  const t = text.trim();
  const serial = excelSerialDate(t);
  if (serial !== null) return serial;
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  let result: string | null = null;
  if (iso !== null) result = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (ru !== null) result = isoDate(Number(ru[3]), Number(ru[2]), Number(ru[1]));
  else return fail(`«${t}» — не дата: нужен формат ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или число дней Excel`);
  return result === null ? fail(`Даты «${t}» не существует`) : ok(result);
}

/**
 * Money as people type it: «2 691 000,00», «2691000.50», «2,691,000.00», «1 500 000 ₽». With both
 * separators the last one is the decimal point; a lone comma is the Russian decimal comma unless it
 * groups thousands more than once.
 */
export function parseAmount(text: string): CellResult<number> {
  const raw = text.trim();
  let t = raw.replace(/(₽|руб\.?|р\.)$/iu, '').replace(SPACES, '');
  if (t === '' || !/^\d[\d.,]*$/.test(t))
    return fail(`«${raw}» — не сумма: укажите число рублей, например 2 691 000,00`);
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    t = t.replaceAll(group, '').replace(decimal, '.');
  } else if (lastComma >= 0) {
    t = /^\d{1,3}(,\d{3}){2,}$/.test(t) ? t.replaceAll(',', '') : t.replace(',', '.');
  } else if (lastDot >= 0 && /^\d{1,3}(\.\d{3}){2,}$/.test(t)) {
    t = t.replaceAll('.', '');
  }
  if (!/^\d+(\.\d+)?$/.test(t)) return fail(`«${raw}» — не сумма: лишние разделители`);
  const [, fraction = ''] = t.split('.');
  if (fraction.length > 2) return fail(`«${raw}»: в сумме не больше двух знаков после запятой (копейки)`);
  const value = Number(t);
  if (!Number.isFinite(value) || value > 1e12) return fail(`«${raw}» — слишком большая сумма`);
  return ok(Math.round(value * 100) / 100);
}

export function parseCount(text: string): CellResult<number> {
  const raw = text.trim();
  const t = raw.replace(SPACES, '');
  if (!/^\d+$/.test(t)) return fail(`«${raw}» — не целое неотрицательное число`);
  const value = Number(t);
  return Number.isSafeInteger(value) ? ok(value) : fail(`«${raw}» — слишком большое число`);
}

const YES = new Set(['да', 'true', '1', 'yes', 'подтверждено']);
const NO = new Set(['нет', 'false', '0', 'no', 'не подтверждено']);

/** «да» / «нет» / empty (not yet known). */
export function parseConfirmed(text: string): CellResult<boolean | null> {
  const t = text.trim().toLocaleLowerCase('ru');
  if (t === '') return ok(null);
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail(`«${text.trim()}»: допустимо «да», «нет» или пустая ячейка`);
}
