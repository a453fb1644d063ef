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

/**
 * «2025-03-01», «2025-03-01T00:00:00» (an XLSX date the client turned into text) or «01.03.2025».
 * Impossible dates like 31.02.2025 are refused rather than rolled over into March.
 */
export function parseDate(text: string): CellResult<string> {
  const t = text.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  let result: string | null = null;
  if (iso !== null) result = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (ru !== null) result = isoDate(Number(ru[3]), Number(ru[2]), Number(ru[1]));
  else return fail(`«${t}» — не дата: нужен формат ДД.ММ.ГГГГ или ГГГГ-ММ-ДД`);
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
