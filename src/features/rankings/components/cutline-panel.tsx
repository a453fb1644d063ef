import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AggregationMethod } from '@/api/schemas/contests';
import { Button } from '@/components/ui/button';
import { sameScenario, type Scenario } from '../cutline';
import { ScenarioCard } from './scenario-card';

interface CutlinePanelProps {
  stageId: string;
  nominationId: string;
  method: AggregationMethod | null;
  scenarios: readonly Scenario[];
  line: number;
  onChange: (scenarios: Scenario[], line: number) => void;
}

/** Scenarios live in the URL (`cut=p70&cut=w25`), so the protocol and a shared link show the same lines. */
export function CutlinePanel({
  stageId,
  nominationId,
  method,
  scenarios,
  line,
  onChange,
}: CutlinePanelProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Scenario['kind']>('score');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  function add(event: FormEvent) {
    event.preventDefault();
    const number = Number(value.replace(',', '.'));
    if (
      value.trim() === '' ||
      !Number.isFinite(number) ||
      number < 0 ||
      (kind === 'winners' && !Number.isInteger(number))
    ) {
      setError(t('rankings.cutline.invalid'));
      return;
    }
    const scenario: Scenario = { kind, value: Math.round(number * 100) / 100 };
    if (scenarios.some((s) => sameScenario(s, scenario))) {
      setError(t('rankings.cutline.duplicate'));
      return;
    }
    setError(null);
    setValue('');
    // A new scenario is what the user wants to see: its line is drawn at once.
    onChange([...scenarios, scenario], scenarios.length);
  }

  function remove(index: number) {
    const next = scenarios.filter((_, i) => i !== index);
    onChange(next, line > index ? line - 1 : line === index ? 0 : line);
  }

  return (
    <section className="cutline-panel" aria-labelledby="cutline-title">
      <div className="cutline-panel__head">
        <div>
          <h2 id="cutline-title" className="cutline-panel__title">
            {t('rankings.cutline.title')}
          </h2>
          {scenarios.length === 0 ? (
            <p className="cutline-panel__intro">{t('rankings.cutline.intro')}</p>
          ) : null}
        </div>
        <form className="cutline-form" onSubmit={add} noValidate>
          <fieldset className="cutline-form__mode">
            <legend className="visually-hidden">{t('rankings.cutline.mode')}</legend>
            {(['score', 'winners'] as const).map((k) => (
              <label key={k}>
                <input type="radio" name="cutline-kind" checked={kind === k} onChange={() => setKind(k)} />{' '}
                {k === 'score' ? t('rankings.cutline.byScore') : t('rankings.cutline.byWinners')}
              </label>
            ))}
          </fieldset>
          <div className="field cutline-form__value">
            <label className="visually-hidden" htmlFor="cutline-value">
              {kind === 'score' ? t('rankings.cutline.byScore') : t('rankings.cutline.byWinners')}
            </label>
            <input
              id="cutline-value"
              className="field__input"
              inputMode="decimal"
              value={value}
              aria-invalid={error === null ? undefined : true}
              aria-describedby={error === null ? undefined : 'cutline-error'}
              onChange={(e) => setValue(e.target.value)}
            />
          </div>
          <Button type="submit" size="sm">
            {t('rankings.cutline.add')}
          </Button>
          {error === null ? null : (
            <p id="cutline-error" className="field__error cutline-form__error">
              {error}
            </p>
          )}
        </form>
      </div>
      {scenarios.length === 0 ? null : (
        <div className="cutline-panel__cards">
          {scenarios.map((scenario, index) => (
            <ScenarioCard
              key={`${scenario.kind}${scenario.value}`}
              stageId={stageId}
              nominationId={nominationId}
              method={method}
              scenario={scenario}
              shown={index === line}
              onShow={() => onChange([...scenarios], index)}
              onRemove={() => remove(index)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
