import type { Locale } from './messages';

/** Intl locale per UI language; Russian formatting (1 234 567,5 ₽, 21.11.2026) is the default. */
const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'Europe/Moscow', ...options });
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatMoney(locale: Locale, roubles: number): string {
  return numberFormat(locale, { style: 'currency', currency: 'RUB', maximumFractionDigits: 0 }).format(
    roubles,
  );
}

export function formatPercent(locale: Locale, fraction: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** Dates of the contest calendar are shown in Moscow time, as the regulations state them. */
export function formatDate(locale: Locale, iso: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

export function formatDateTime(locale: Locale, iso: string): string {
  return dateFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(locale: Locale, iso: string): string {
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A compact date and time for table cells: «21.11.2026, 16:26». */
export function formatDateTimeShort(locale: Locale, iso: string): string {
  return dateFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
