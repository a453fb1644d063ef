import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieBreakRule } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { ruleChoice, ruleFromChoice } from './tie-break-labels';

interface TieBreakAddProps {
  sets: readonly CriteriaSet[];
  rules: readonly TieBreakRule[];
  onAdd: (rule: TieBreakRule) => void;
}

/** Offers only the rules not in the list yet: a rule twice would never separate anything. */
export function TieBreakAdd({ sets, rules, onAdd }: TieBreakAddProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const used = new Set(rules.map(ruleChoice));
  const general = (['earlierSubmission', 'applicationId'] as const).filter((kind) => !used.has(kind));
  const groups = sets
    .map((set) => ({ set, criteria: set.criteria.filter((c) => !used.has(`criterion:${c.id}`)) }))
    .filter((group) => group.criteria.length > 0);
  const rule = used.has(choice) ? null : ruleFromChoice(choice);

  function add(): void {
    if (rule === null) return;
    onAdd(rule);
    setChoice('');
  }

  return (
    <div className="contests-add-row">
      <SelectField
        id="tb-add"
        label={t('organizer.contests.settings.tieBreak.addSelect')}
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="">{t('organizer.contests.settings.tieBreak.addPlaceholder')}</option>
        {general.length > 0 ? (
          <optgroup label={t('organizer.contests.settings.tieBreak.groupGeneral')}>
            {general.map((kind) => (
              <option key={kind} value={kind}>
                {t(`organizer.contests.settings.tieBreak.${kind}`)}
              </option>
            ))}
          </optgroup>
        ) : null}
        {groups.map(({ set, criteria }) => (
          <optgroup
            key={set.id}
            label={t('organizer.contests.settings.tieBreak.groupSet', { title: set.title })}
          >
            {criteria.map((criterion) => (
              <option key={criterion.id} value={`criterion:${criterion.id}`}>
                {criterion.title}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <Button variant="secondary" onClick={add} disabled={rule === null}>
        {t('organizer.contests.settings.tieBreak.add')}
      </Button>
    </div>
  );
}
