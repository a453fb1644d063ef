import { useTranslation } from 'react-i18next';

interface CommentFieldProps {
  id: string;
  /** Visible label; `name` is the full accessible name (it contains the label, WCAG 2.5.3). */
  label: string;
  name: string;
  rule: string;
  value: string;
  minLength: number;
  /** The comment is required for the current score (the rule may depend on it). */
  required: boolean;
  error: string | undefined;
  readOnly: boolean;
  maxLength?: number;
  onChange: (text: string) => void;
}

/** A comment with its rule always visible, a live counter against the minimum and its error tied to it. */
export function CommentField(props: CommentFieldProps) {
  const { id, label, name, rule, value, minLength, required, error, readOnly, onChange } = props;
  const maxLength = props.maxLength ?? 10000;
  const { t } = useTranslation();
  const length = value.trim().length;
  const ruleId = `${id}-rule`;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const counted = minLength > 0 && !readOnly;
  const describedBy = [ruleId, counted ? counterId : null, error ? errorId : null].filter(Boolean).join(' ');

  if (readOnly) {
    return (
      <div className="comment comment--read">
        <p className="comment__label">{label}</p>
        <p className="comment__text">{value.trim() === '' ? t('evaluation.form.noComment') : value}</p>
      </div>
    );
  }

  return (
    <div className={error ? 'comment comment--invalid' : 'comment'}>
      <div className="comment__head">
        <label className="comment__label" htmlFor={id}>
          {label}
        </label>
        {counted ? (
          <span
            id={counterId}
            className={length >= minLength ? 'comment__counter comment__counter--ok' : 'comment__counter'}
          >
            <span aria-hidden="true">
              {length >= minLength ? '✓ ' : null}
              {t('evaluation.form.counter', { length, min: minLength })}
            </span>
            <span className="visually-hidden">
              {t('evaluation.form.counterLabel', { length, min: minLength })}
            </span>
          </span>
        ) : null}
      </div>
      <p id={ruleId} className={required ? 'comment__rule comment__rule--required' : 'comment__rule'}>
        {rule}
      </p>
      <textarea
        id={id}
        className="comment__input"
        aria-label={name}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        rows={3}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
