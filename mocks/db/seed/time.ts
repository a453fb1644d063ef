export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Moscow time has no daylight saving: a fixed UTC+3. */
const MSK_OFFSET = 3 * HOUR;

const dayPrefixes = new Map<number, string>();

/** «2026-11-21T» for a day number since the epoch, computed once per day. */
function dayPrefix(day: number): string {
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  return prefix;
}

/**
 * `Date#toISOString` for whole-second instants, about three times faster: the season preset
 * formats some 400,000 timestamps. `fromCharCode` yields one flat string where concatenation
 * would leave a rope of pieces in memory.
 */
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY);
  if (ms % 1000 !== 0 || day < 0 || day > 2_900_000) return new Date(ms).toISOString();
  const p = dayPrefix(day);
  let s = (ms - day * DAY) / 1000;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  // prettier-ignore
  return String.fromCharCode(
    p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2), p.charCodeAt(3), p.charCodeAt(4), p.charCodeAt(5),
    p.charCodeAt(6), p.charCodeAt(7), p.charCodeAt(8), p.charCodeAt(9), p.charCodeAt(10),
    48 + Math.floor(h / 10), 48 + (h % 10), 58, 48 + Math.floor(m / 10), 48 + (m % 10), 58,
    48 + Math.floor(s / 10), 48 + (s % 10), 46, 48, 48, 48, 90,
  );
}

/** Whole seconds read more naturally in the UI than the millisecond noise of `now`. */
export function toSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** 23:59:59 Moscow time, `days` calendar days after the day of `ms`: how contest deadlines are set. */
export function mskEndOfDay(ms: number, days: number): number {
  const mskDayStart = Math.floor((ms + MSK_OFFSET) / DAY) * DAY - MSK_OFFSET;
  return mskDayStart + (days + 1) * DAY - 1000;
}

/** 10:00 Moscow time, `days` calendar days after the day of `ms`: when stages open and batches run. */
export function mskMorning(ms: number, days: number): number {
  const mskDayStart = Math.floor((ms + MSK_OFFSET) / DAY) * DAY - MSK_OFFSET;
  return mskDayStart + days * DAY + 10 * HOUR;
}
