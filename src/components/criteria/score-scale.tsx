import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a first digit waits for a second one ("1" then "0" is 10 on a 0–10 scale). */
export const DIGIT_WINDOW_MS = 600;

interface ScoreScaleProps {
  id: string;
  criterionId: string;
  title: string;
  min: number;
  max: number;
  value: number | null;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (criterionId: string, score: number | null) => void;
  onEnter: (criterionId: string) => void;
}

/**
 * A radio group of buttons min..max with a roving tab stop: Tab enters and leaves it in one step,
 * arrows move, digits type a score directly. The score is set on the first digit already, so nothing
 * waits for a timer; a second digit in time turns "1" into "10".
 */
export function ScoreScale(props: ScoreScaleProps) {
  const { id, criterionId, title, min, max, value, invalid, describedBy, onChange, onEnter } = props;
  const { t } = useTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const typed = useRef<{ text: string; at: number } | null>(null);
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const tabStop = value ?? min;

  const choose = (score: number | null) => {
    onChange(criterionId, score);
    if (score !== null) buttons.current[score - min]?.focus();
  };

  const typeDigit = (digit: string, at: number) => {
    const previous = typed.current;
    if (previous !== null && at - previous.at < DIGIT_WINDOW_MS) {
      const combined = Number(previous.text + digit);
      if (combined <= max && combined >= min) {
        choose(combined);
        typed.current = combined * 10 <= max ? { text: String(combined), at } : null;
        return;
      }
    }
    const single = Number(digit);
    if (single >= min && single <= max) choose(single);
    // A leading 0 never grows into a bigger number, and a digit that cannot be extended is final.
    typed.current = single !== 0 && single * 10 <= max ? { text: digit, at } : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = value ?? min - 1;
    let handled = true;
    if (/^[0-9]$/.test(event.key)) typeDigit(event.key, event.timeStamp);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowUp') choose(Math.min(max, current + 1));
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown')
      choose(value === null ? min : Math.max(min, current - 1));
    else if (event.key === 'Home') choose(min);
    else if (event.key === 'End') choose(max);
    else if (event.key === 'Delete' || event.key === 'Backspace') onChange(criterionId, null);
    else if (event.key === 'Enter') onEnter(criterionId);
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className="scale-row">
      <div
        id={id}
        role="radiogroup"
        className="scale"
        aria-label={t('evaluation.form.scoreGroup', { title })}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        // Focusable from code only: the tab stop is the checked option (roving tabindex).
        tabIndex={-1}
        data-score-group=""
        onKeyDown={onKeyDown}
      >
        {values.map((score) => (
          <button
            key={score}
            ref={(node) => {
              buttons.current[score - min] = node;
            }}
            type="button"
            role="radio"
            className="scale__option"
            aria-checked={value === score}
            aria-label={t('evaluation.form.scoreOption', { title, score, max })}
            tabIndex={score === tabStop ? 0 : -1}
            onClick={() => choose(score)}
          >
            {score}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="scale__clear"
        aria-label={t('evaluation.form.clearLabel', { title })}
        disabled={value === null}
        onClick={() => onChange(criterionId, null)}
      >
        {t('evaluation.form.clear')}
      </button>
    </div>
  );
}
