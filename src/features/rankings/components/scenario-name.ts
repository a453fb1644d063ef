import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import type { Scenario } from '../cutline';

/** «Проходной балл 70» / «Победителей 25». */
export function useScenarioName() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (scenario: Scenario): string =>
    scenario.kind === 'score'
      ? t('rankings.cutline.scenarioScore', { value: formatNumber(locale, scenario.value) })
      : t('rankings.cutline.scenarioWinners', { value: scenario.value });
}
