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

/**
 * One translation hook for the whole table instead of one per cell: while 40,000 rows scroll by,
 * rows mount every frame, and a subscription per cell was a measurable share of each frame.
 */
export function useRowText(): RowText {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  // i18n.language is in the deps so a language switch rebuilds the texts.
  return useMemo(
    () => ({
      locale,
      noScore: t('rankings.table.noScore'),
      openSheets: (id) => t('rankings.table.openSheets', { id }),
      sheets: (submitted, required) => t('rankings.table.sheets', { submitted, required }),
      flag: (flag) => t(`rankings.flags.${flag}`),
      tieBreak: ({ withApplicationId: id, rule }, criteria) => {
        if (rule === null) return t('rankings.tieBreak.none', { id });
        if (rule.kind === 'criterion') {
          const criterion = criteria.find((c) => c.id === rule.criterionId)?.title ?? rule.criterionId;
          return t('rankings.tieBreak.criterion', { id, criterion });
        }
        return t(`rankings.tieBreak.${rule.kind}`, { id });
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the language is what `t` depends on
    [t, locale, i18n.language],
  );
}
