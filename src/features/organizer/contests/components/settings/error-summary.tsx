import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, type SettingsValues } from './form-values';

interface Entry {
  name: string;
  message: string;
}

/** Every error of a (nested) errors object with its field path, in the form's order. */
function entries(node: unknown, path: string[] = []): Entry[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record.message === 'string' && typeof record.type === 'string') {
    return [{ name: path.join('.'), message: record.message }];
  }
  return Object.entries(record)
    .filter(([key]) => key !== 'ref' && key !== 'root')
    .flatMap(([key, child]) => entries(child, [...path, key]));
}

interface ErrorSummaryProps {
  errors: FieldErrors<SettingsValues>;
  labelOf: (name: string) => string;
}

/**
 * Beside the save button, what stops the save, each a link to its field: the form is long, and focus
 * (moved to the first invalid field) may be a screen away from the button the user pressed.
 */
export function ErrorSummary({ errors, labelOf }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const list = entries(errors);
  if (list.length === 0) return null;
  return (
    <div
      className="alert alert--danger contests-summary"
      role="group"
      aria-labelledby="contest-summary-title"
    >
      <p className="alert__title" id="contest-summary-title">
        {t('organizer.contests.errors.summaryTitle')}
      </p>
      <p>{t('organizer.contests.errors.summaryCount', { count: list.length })}</p>
      <ul>
        {list.map((entry) => (
          <li key={entry.name}>
            <a href={`#${fieldId(entry.name)}`}>
              {labelOf(entry.name)}: {entry.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
