import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nomination } from '@/api/schemas/contests';
import { Button } from '@/components/ui/button';

interface NominationChecklistProps {
  nominations: readonly Nomination[];
  chosen: ReadonlySet<string>;
  error: string | undefined;
  onChange: (next: ReadonlySet<string>) => void;
}

/** The distribution's scope: which nominations' applications get experts. */
export const NominationChecklist = forwardRef<HTMLFieldSetElement, NominationChecklistProps>(
  function NominationChecklist({ nominations, chosen, error, onChange }, ref) {
    const { t } = useTranslation();
    const id = useId();
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;

    function toggle(nominationId: string, on: boolean): void {
      const next = new Set(chosen);
      if (on) next.add(nominationId);
      else next.delete(nominationId);
      onChange(next);
    }

    return (
      <fieldset
        ref={ref}
        className={error ? 'asg-checklist asg-checklist--invalid' : 'asg-checklist'}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      >
        <legend className="asg-checklist__legend">
          {t('organizer.assignments.distribution.nominations')}
        </legend>
        <p className="field__hint" id={hintId}>
          {t('organizer.assignments.distribution.nominationsHint')}
        </p>
        <div className="asg-checklist__tools">
          <Button variant="ghost" size="sm" onClick={() => onChange(new Set(nominations.map((n) => n.id)))}>
            {t('organizer.assignments.distribution.selectAll')}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => onChange(new Set())}>
            {t('organizer.assignments.distribution.selectNone')}
          </Button>
        </div>
        <ul className="asg-checklist__list">
          {nominations.map((n) => (
            <li key={n.id}>
              <label className="asg-checklist__item">
                <input
                  type="checkbox"
                  checked={chosen.has(n.id)}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => toggle(n.id, event.target.checked)}
                />
                <span>{n.title}</span>
              </label>
            </li>
          ))}
        </ul>
        {error ? (
          <p className="field__error" id={errorId}>
            {error}
          </p>
        ) : null}
      </fieldset>
    );
  },
);
