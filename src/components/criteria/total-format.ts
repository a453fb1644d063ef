import type { SheetTotal } from '@/domain/totals';
import { roundForDisplay } from '@/domain/totals';
import { formatNumber } from '@/i18n/format';
import type { Locale } from '@/i18n/messages';

/** A sheet total as people read it: ru-RU numbers, at most two decimals, percent with one. */
export function formatTotal(locale: Locale, total: SheetTotal) {
  return {
    total: formatNumber(locale, roundForDisplay(total.total)),
    max: formatNumber(locale, roundForDisplay(total.max)),
    percent: formatNumber(locale, roundForDisplay(total.percent, 1), 1),
  };
}
