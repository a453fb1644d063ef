import type { TFunction } from 'i18next';
import type { TieBreakRule } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';

/** Criterion titles by ID across every set of the contest: the tie-break rules name criteria by ID. */
export function criterionTitles(sets: readonly CriteriaSet[]): Map<string, string> {
  return new Map(sets.flatMap((set) => set.criteria.map((c) => [c.id, c.title] as const)));
}

export function ruleLabel(t: TFunction, rule: TieBreakRule, titles: ReadonlyMap<string, string>): string {
  if (rule.kind === 'earlierSubmission') return t('organizer.contests.settings.tieBreak.earlierSubmission');
  if (rule.kind === 'applicationId') return t('organizer.contests.settings.tieBreak.applicationId');
  const title = titles.get(rule.criterionId);
  return title === undefined
    ? t('organizer.contests.settings.tieBreak.criterionUnknown', { id: rule.criterionId })
    : t('organizer.contests.settings.tieBreak.criterion', { title });
}

/** The add-select's value for a rule; the inverse of `ruleFromChoice`. */
export function ruleChoice(rule: TieBreakRule): string {
  return rule.kind === 'criterion' ? `criterion:${rule.criterionId}` : rule.kind;
}

export function ruleFromChoice(choice: string): TieBreakRule | null {
  if (choice === 'earlierSubmission' || choice === 'applicationId') return { kind: choice };
  if (choice.startsWith('criterion:'))
    return { kind: 'criterion', criterionId: choice.slice('criterion:'.length) };
  return null;
}
