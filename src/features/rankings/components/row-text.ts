import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingCriterion, RankingFlag, TieBreakInfo } from '@/api/schemas/coordination';
import { currentLocale } from '@/i18n/i18n';
import type { Locale } from '@/i18n/messages';

/** Everything a ranking row prints that comes from the messages, resolved once per table. */
export interface RowText {
  locale: Locale;
  noScore: string;
  openSheets: (id: string) => string;
  sheets: (submitted: number, required: number) => string;
  flag: (flag: RankingFlag) => string;
  tieBreak: (tieBreak: TieBreakInfo, criteria: readonly RankingCriterion[]) => string;
}

/** Stands in for a value while a message is resolved once; it cannot occur in a translation. */
const SLOT = '\u0000';

/** Remembers each distinct result: a ranking has a handful of sheet counts and four flags. */
function remembered<A extends string | number>(compute: (...args: A[]) => string): (...args: A[]) => string {
  const cache = new Map<string, string>();
  return (...args) => {
    const key = args.join('/');
    let text = cache.get(key);
    if (text === undefined) {
      text = compute(...args);
      cache.set(key, text);
    }
    return text;
  };
}

/**
 * One translation hook for the whole table instead of one per cell, and each row's messages
 * resolved without i18next's interpolation per row: while 40,000 rows scroll by, rows change on
 * every frame, and a subscription per cell, then an interpolation per row, were measurable shares
 * of each frame. The ID's label is resolved once with a placeholder (values are not escaped: React
 * does that) and filled in per row.
 */
export function useRowText(): RowText {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  // i18n.language is in the deps so a language switch rebuilds the texts.
  return useMemo(
    () => {
      const [before = '', after = ''] = t('rankings.table.openSheets', { id: SLOT }).split(SLOT);
      return {
        locale,
        noScore: t('rankings.table.noScore'),
        openSheets: (id) => before + id + after,
        sheets: remembered((submitted: number, required: number) =>
          t('rankings.table.sheets', { submitted, required }),
        ),
        flag: remembered((flag: RankingFlag) => t(`rankings.flags.${flag}`)),
        tieBreak: ({ withApplicationId: id, rule }, criteria) => {
          if (rule === null) return t('rankings.tieBreak.none', { id });
          if (rule.kind === 'criterion') {
            const criterion = criteria.find((c) => c.id === rule.criterionId)?.title ?? rule.criterionId;
            return t('rankings.tieBreak.criterion', { id, criterion });
          }
          return t(`rankings.tieBreak.${rule.kind}`, { id });
        },
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the language is what `t` depends on
    [t, locale, i18n.language],
  );
}
