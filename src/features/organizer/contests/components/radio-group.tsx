import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

interface RadioGroupProps {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly RadioOption[];
  /** react-hook-form's `register(name)`, shared by every radio of the group. */
  inputProps: UseFormRegisterReturn;
  children?: ReactNode;
}

/** Native radios in a fieldset: the legend names the group, each option may carry a short explanation. */
export function RadioGroup({ legend, hint, error, options, inputProps, children }: RadioGroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={['contests-radios', error ? 'field--invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="contests-radio">
            <input
              type="radio"
              id={optionId}
              value={option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              {...inputProps}
            />
            <div className="contests-radio__text">
              <label htmlFor={optionId} className="contests-radio__label">
                {option.label}
              </label>
              {option.hint ? (
                <span className="contests-radio__hint" id={`${optionId}-hint`}>
                  {option.hint}
                </span>
              ) : null}
            </div>
          </div>
        );
      })}
      {children}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
