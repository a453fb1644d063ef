import type { TFunction } from 'i18next';

/** The visible label of a settings field, for the error summary. */
export function fieldLabel(t: TFunction, name: string): string {
  if (name.startsWith('settings.tieBreak')) return t('organizer.contests.settings.tieBreak.legend');
  switch (name) {
    case 'title':
      return t('organizer.contests.settings.general.title');
    case 'description':
      return t('organizer.contests.settings.general.description');
    case 'status':
      return t('organizer.contests.settings.general.status');
    case 'settings.aggregationMethod':
      return t('organizer.contests.settings.aggregation.legend');
    case 'settings.divergence.totalSpreadPercent':
      return t('organizer.contests.settings.divergence.totalSpread');
    case 'settings.divergence.criterionSpreadPoints':
      return t('organizer.contests.settings.divergence.criterionSpread');
    case 'settings.defaultCommentRule.mode':
      return t('organizer.contests.settings.review.commentRule');
    case 'settings.defaultCommentRule.minLength':
      return t('organizer.contests.settings.review.commentMinLength');
    case 'settings.overallComment':
      return t('organizer.contests.settings.review.overallComment');
    case 'settings.overallCommentMinLength':
      return t('organizer.contests.settings.review.overallCommentMinLength');
    case 'settings.expertsPerApplication':
      return t('organizer.contests.settings.assignment.experts');
    case 'settings.regionRule':
      return t('organizer.contests.settings.assignment.region');
    default:
      return name;
  }
}
