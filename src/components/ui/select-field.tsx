import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { Field } from './field';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/**
 * A native select with a visible label: the platform control is the most accessible one there is.
 * The ref lets a form focus it when it holds the first error.
 */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, hint, error, id, className, children, ...rest },
  ref,
) {
  return (
    <Field label={label} hint={hint} error={error} id={id} className={className} kind="field--select">
      {(control) => (
        <select ref={ref} className="field__input field__select" {...control} {...rest}>
          {children}
        </select>
      )}
    </Field>
  );
});
