import { useTranslation } from 'react-i18next';
import { domIdOf, focusField } from './field-ids';
import type { ShownError } from './sheet-errors';

/** Every problem at the top, each a link that takes focus to its field (GOV.UK pattern). */
export function ErrorSummary({ errors }: { errors: readonly ShownError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <section className="error-summary" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title" className="error-summary__title">
        {t('evaluation.errors.summaryTitle', { count: errors.length })}
      </h3>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.field}>
            <a
              href={`#${domIdOf(error.field)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(error.field);
              }}
            >
              {error.summary}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
