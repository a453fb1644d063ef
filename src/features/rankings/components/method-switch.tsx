import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AggregationMethod } from '@/api/schemas/contests';
import { METHODS } from '../ranking-params';

interface MethodSwitchProps {
  method: AggregationMethod;
  official: AggregationMethod;
  onChange: (method: AggregationMethod) => void;
}

/** Native radios: arrow keys move between methods, and the official one says so in its label. */
export function MethodSwitch({ method, official, onChange }: MethodSwitchProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t('rankings.method.legend')}</legend>
      <div className="segmented__options">
        {METHODS.map((m) => (
          <label key={m} className="segmented__option">
            <input type="radio" name={name} value={m} checked={m === method} onChange={() => onChange(m)} />
            <span>
              {t(`rankings.method.${m}`)}
              {m === official ? (
                <span className="segmented__note"> · {t('rankings.method.official')}</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
