import type { Locale } from '@/i18n/messages';

/**
 * The contest calendar runs on Moscow time: the regulations state deadlines that way and every other page
 * shows dates in it (`src/i18n/format.ts`). The date inputs therefore read and write Moscow wall-clock
 * time too, whatever the organizer's computer is set to; otherwise 18:00 typed in Novosibirsk would be
 * shown back as 14:00.
 */
export const CONTEST_TIME_ZONE = 'Europe/Moscow';

const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: CONTEST_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far the zone's wall clock is ahead of UTC at an instant (ms). */
function zoneOffsetMs(utcMs: number): number {
  const parts = partsFormat.formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `datetime-local` value (contest wall-clock time) as an ISO instant; null when empty or malformed. */
export function inputToIso(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined)
    return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) || s === undefined ? 0 : s);
  if (Number.isNaN(wall)) return null;
  // Two passes: the offset at the guessed instant may differ from the one at the real instant near a
  // daylight-saving switch (Moscow has none today, but the rule may change again).
  const guess = wall - zoneOffsetMs(wall);
  return new Date(wall - zoneOffsetMs(guess)).toISOString();
}

/** An ISO instant as a `datetime-local` value in contest time; '' for no date. */
export function isoToInput(iso: string | null): string {
  if (iso === null) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + zoneOffsetMs(ms)).toISOString().slice(0, 16);
}

const displayFormats = new Map<string, Intl.DateTimeFormat>();

function displayFormat(locale: Locale, timeZoneName?: 'long'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZoneName ?? ''}`;
  let format = displayFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: CONTEST_TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName,
    });
    displayFormats.set(key, format);
  }
  return format;
}

/** «21 ноября 2026 г. в 23:59» in contest time; the zone is named next to it by the caller. */
export function formatContestDateTime(locale: Locale, iso: string): string {
  return displayFormat(locale).format(new Date(iso));
}

/** The zone's own name in the UI language, e.g. «Москва, стандартное время». */
export function contestZoneName(locale: Locale): string {
  const parts = displayFormat(locale, 'long').formatToParts(new Date());
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? CONTEST_TIME_ZONE;
}
