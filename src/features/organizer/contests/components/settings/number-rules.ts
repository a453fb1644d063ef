import type { TFunction } from 'i18next';

/** Integer input rules matching the contract's bounds, so the server rarely has to refuse a value. */
export function integerRules(t: TFunction, min: number, max: number) {
  return {
    valueAsNumber: true as const,
    validate: (value: number) => {
      if (Number.isNaN(value)) return t('organizer.contests.errors.notNumber');
      if (!Number.isInteger(value)) return t('organizer.contests.errors.integer');
      if (value < min || value > max) return t('organizer.contests.errors.range', { min, max });
      return true;
    },
  };
}

/** Like `integerRules`, but fractions are fine (percentages). */
export function numberRules(t: TFunction, min: number, max: number) {
  return {
    valueAsNumber: true as const,
    validate: (value: number) => {
      if (Number.isNaN(value)) return t('organizer.contests.errors.notNumber');
      if (value < min || value > max) return t('organizer.contests.errors.range', { min, max });
      return true;
    },
  };
}
