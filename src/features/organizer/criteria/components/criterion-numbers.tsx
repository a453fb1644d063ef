import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { roundForDisplay } from '@/domain/totals';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { parseInteger, parseNumber, type DraftCriterion } from '../draft';
import type { CriterionField } from '../draft-reducer';
import { domIdOf } from '../validation';
import type { EditorApi } from './editor-context';

/** Scale and weight: what a total means, hence frozen once sheets are submitted. */
export function CriterionNumbers({ criterion, api }: { criterion: DraftCriterion; api: EditorApi }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const change = (field: CriterionField, value: string) =>
    api.dispatch({ type: 'criterionChanged', key: criterion.key, field, value });
  const weight = parseNumber(criterion.weight);
  const max = parseInteger(criterion.scaleMax);
  const contribution =
    weight !== null && weight > 0 && max !== null
      ? t('organizer.criteria.criterion.contribution', {
          weight: formatNumber(locale, weight),
          max,
          total: formatNumber(locale, roundForDisplay((Math.round(weight * 100) * max) / 100)),
        })
      : null;
  return (
    <div className="cs-numbers">
      <TextField
        id={domIdOf(`${criterion.key}.scaleMin`)}
        className="cs-field--short"
        label={t('organizer.criteria.criterion.scaleMin')}
        inputMode="numeric"
        value={criterion.scaleMin}
        error={api.errorOf(`${criterion.key}.scaleMin`)}
        disabled={api.frozen}
        onChange={(event) => change('scaleMin', event.target.value)}
      />
      <TextField
        id={domIdOf(`${criterion.key}.scaleMax`)}
        className="cs-field--short"
        label={t('organizer.criteria.criterion.scaleMax')}
        hint={t('organizer.criteria.criterion.scaleHint')}
        inputMode="numeric"
        value={criterion.scaleMax}
        error={api.errorOf(`${criterion.key}.scaleMax`)}
        disabled={api.frozen}
        onChange={(event) => change('scaleMax', event.target.value)}
      />
      <TextField
        id={domIdOf(`${criterion.key}.weight`)}
        className="cs-field--short"
        label={t('organizer.criteria.criterion.weight')}
        hint={t('organizer.criteria.criterion.weightHint')}
        inputMode="decimal"
        value={criterion.weight}
        error={api.errorOf(`${criterion.key}.weight`)}
        disabled={api.frozen}
        onChange={(event) => change('weight', event.target.value)}
      />
      {contribution === null ? null : <p className="cs-numbers__contribution">{contribution}</p>}
    </div>
  );
}
