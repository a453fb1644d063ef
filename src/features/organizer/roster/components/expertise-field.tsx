import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertiseGroup } from '../use-expertise-groups';

interface ExpertiseFieldProps {
  groups: readonly ExpertiseGroup[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  error: string | undefined;
  /** Goes to the first checkbox, where focus lands when the server refuses a nomination. */
  ref?: Ref<HTMLInputElement>;
}

/** Nominations of expertise as checkboxes, one group per contest (titles repeat across contests). */
export function ExpertiseField({ groups, value, onChange, onBlur, error, ref }: ExpertiseFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const selected = new Set(value);
  const withNominations = groups.filter((g) => g.nominations.length > 0);
  const firstId = withNominations[0]?.nominations[0]?.id;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  function toggle(nominationId: string, checked: boolean): void {
    onChange(checked ? [...value, nominationId] : value.filter((v) => v !== nominationId));
  }

  return (
    <fieldset
      className={error ? 'expert-form__group field--invalid' : 'expert-form__group'}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{t('organizer.roster.form.expertise')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('organizer.roster.form.expertiseHint')}{' '}
        {t('organizer.roster.form.expertiseSelected', { count: selected.size })}
      </p>
      {withNominations.length === 0 ? (
        <p className="roster-muted">{t('organizer.roster.form.expertiseNone')}</p>
      ) : null}
      <div className="expertise-groups">
        {withNominations.map((group) => (
          <fieldset key={group.contestId} className="expertise-groups__contest">
            <legend className="expertise-groups__title">{group.contestTitle}</legend>
            {group.nominations.map((n) => (
              <label key={n.id} className="check">
                <input
                  ref={n.id === firstId ? ref : undefined}
                  type="checkbox"
                  checked={selected.has(n.id)}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => toggle(n.id, event.target.checked)}
                  onBlur={onBlur}
                />
                <span>{n.title}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
