import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { SheetTotal } from '@/domain/totals';
import { currentLocale } from '@/i18n/i18n';
import { formatTotal } from './total-format';
import './criteria-sheet.css';

interface TotalPanelProps {
  total: SheetTotal;
  criteriaCount: number;
}

/** Σ weight × score against the maximum, recomputed on every change (never announced: it would chatter). */
export function TotalPanel({ total, criteriaCount }: TotalPanelProps) {
  const { t } = useTranslation();
  const shown = formatTotal(currentLocale(), total);
  return (
    <section className="total-panel" aria-labelledby="total-heading">
      <h3 id="total-heading" className="total-panel__heading">
        {t('evaluation.total.heading')}
      </h3>
      <p className="total-panel__value">
        <span className="total-panel__number">{t('evaluation.total.value', shown)}</span>
        <span className="total-panel__percent">
          {t('evaluation.total.percent', { percent: shown.percent })}
        </span>
      </p>
      <ProgressBar value={total.total} max={total.max} label={t('evaluation.total.weighted')} />
      <p className="total-panel__scored">
        {t('evaluation.total.scored', { scored: total.scoredCount, all: criteriaCount })}
      </p>
    </section>
  );
}
