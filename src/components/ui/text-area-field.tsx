import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { Field } from './field';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** The multi-line sibling of TextField: label, hint and error tied to it for screen readers. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { label, error, hint, id, className, rows = 4, ...rest },
  ref,
) {
  return (
    <Field label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <textarea ref={ref} rows={rows} className="field__input field__textarea" {...control} {...rest} />
      )}
    </Field>
  );
});
