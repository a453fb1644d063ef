import { forwardRef, useId, type ReactNode, type SelectHTMLAttributes } from 'react';

interface ChoiceFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/**
 * A native select like the shared SelectField, plus an error tied to it (`aria-invalid`,
 * `aria-describedby`) and a ref for react-hook-form to focus it on a failed save.
 */
export const ChoiceField = forwardRef<HTMLSelectElement, ChoiceFieldProps>(function ChoiceField(
  { label, hint, error, id, className, children, ...rest },
  ref,
) {
  const generated = useId();
  const selectId = id ?? generated;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = error ? `${selectId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['field', 'field--select', error ? 'field--invalid' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <label className="field__label" htmlFor={selectId}>
        {label}
      </label>
      <select
        ref={ref}
        id={selectId}
        className="field__input field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      >
        {children}
      </select>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
});
