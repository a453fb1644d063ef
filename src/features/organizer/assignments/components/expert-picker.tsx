import { forwardRef, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioCard } from '@/components/ui/radio-card';
import { TextField } from '@/components/ui/text-field';
import { useExpertDirectory } from '../use-expert-names';

interface ExpertPickerProps {
  value: string | null;
  error: string | undefined;
  onChange: (expertId: string) => void;
}

const SHOWN = 10;

/**
 * The pool searched by name, e-mail or region. Conflicts are not pre-filtered here on purpose: the
 * server checks every pair and says why one is refused, so the reason is never a silent absence.
 */
export const ExpertPicker = forwardRef<HTMLInputElement, ExpertPickerProps>(function ExpertPicker(
  { value, error, onChange },
  ref,
) {
  const { t } = useTranslation();
  const { pool, byId } = useExpertDirectory();
  const [q, setQ] = useState('');
  const id = useId();
  const needle = q.trim().toLocaleLowerCase('ru');
  const active = pool.filter((e) => e.active);
  const matches =
    needle === ''
      ? active
      : active.filter((e) =>
          [e.fullName, e.email, e.region.name].some((s) => s.toLocaleLowerCase('ru').includes(needle)),
        );
  const shown = matches.slice(0, SHOWN);
  const chosen = value === null ? undefined : byId.get(value);

  return (
    <div className="asg-picker">
      <TextField
        ref={ref}
        type="search"
        label={t('organizer.assignments.assign.expertSearch')}
        hint={t('organizer.assignments.assign.expertSearchHint')}
        value={q}
        error={error}
        onChange={(event) => setQ(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <fieldset className="asg-picker__choices">
        <legend className="asg-checklist__legend">{t('organizer.assignments.assign.expertLegend')}</legend>
        {chosen !== undefined && !shown.some((e) => e.id === chosen.id) ? (
          <p className="asg-muted">{chosen.fullName}</p>
        ) : null}
        {shown.length === 0 ? (
          <p className="asg-muted">{t('organizer.assignments.assign.expertsEmpty')}</p>
        ) : null}
        <ul className="asg-picker__list">
          {shown.map((e) => (
            <li key={e.id}>
              <RadioCard
                name={`${id}-expert`}
                value={e.id}
                title={e.fullName}
                meta={`${t('organizer.assignments.assign.expertMeta', {
                  region: e.region.name,
                  load: e.load,
                  cap: e.loadCap,
                })}${
                  e.affiliations.length > 0
                    ? ` · ${t('organizer.assignments.assign.expertAffiliations', {
                        list: e.affiliations
                          .map((a) =>
                            t('organizer.assignments.assign.affiliation', { name: a.name, inn: a.inn }),
                          )
                          .join('; '),
                      })}`
                    : ''
                }`}
                checked={value === e.id}
                onChoose={() => onChange(e.id)}
              />
            </li>
          ))}
        </ul>
        {matches.length > shown.length ? (
          <p className="asg-muted">
            {t('organizer.assignments.assign.expertsMore', { shown: shown.length, total: matches.length })}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
});
