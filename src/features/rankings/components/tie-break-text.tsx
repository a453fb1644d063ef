import { useTranslation } from 'react-i18next';
import type { RankingCriterion, TieBreakInfo } from '@/api/schemas/coordination';

interface TieBreakTextProps {
  tieBreak: TieBreakInfo | null;
  criteria: readonly RankingCriterion[];
}

/** Which rule put this row below the tied application listed right above it. */
export function TieBreakText({ tieBreak, criteria }: TieBreakTextProps) {
  const { t } = useTranslation();
  if (tieBreak === null) return null;
  const id = tieBreak.withApplicationId;
  const rule = tieBreak.rule;
  if (rule === null) return <>{t('rankings.tieBreak.none', { id })}</>;
  if (rule.kind === 'criterion') {
    const criterion = criteria.find((c) => c.id === rule.criterionId)?.title ?? rule.criterionId;
    return <>{t('rankings.tieBreak.criterion', { id, criterion })}</>;
  }
  return <>{t(`rankings.tieBreak.${rule.kind}`, { id })}</>;
}
